// Writing the generated package: built whole in a sibling temporary folder and swapped in with renames,
// so a failed or killed run leaves the previous output as it was. Files whose content did not change
// keep their mtime, so watchers and build tools see only real changes.
import { createTwoFilesPatch } from 'diff';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { FileMap } from './emit.js';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export function readTree(dir: string): FileMap {
  const out: FileMap = new Map();
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(p);
      } else if (e.isFile()) out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Leftovers of a run that was killed: its temporary folders, and (killed between the two renames) the
 * previous output set aside, which is put back.
 */
export function recoverInterrupted(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(target)}.ydocgen-`;
  for (const name of readdirSync(parent).filter((n) => n.startsWith(prefix)).sort()) {
    const pid = Number(/-(\d+)-\d+$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && alive(pid)) continue;
    const p = join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !existsSync(target)) renameSync(p, target);
    else rmSync(p, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function writeOutput(outDir: string, files: FileMap): WriteResult {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(target);
  const tag = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.${basename(target)}.ydocgen-new-${tag}`);
  const old = join(parent, `.${basename(target)}.ydocgen-old-${tag}`);
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const existing = existsSync(target) ? readTree(target) : new Map<string, string>();
  try {
    for (const [path, content] of files) {
      const dest = join(tmp, path);
      mkdirSync(dirname(dest), { recursive: true });
      if (existing.get(path) === content) {
        // A hard link: the same file, mtime and all, while the old folder stays intact until the swap.
        const src = join(target, path);
        try {
          linkSync(src, dest);
        } catch {
          copyFileSync(src, dest);
          const st = statSync(src);
          utimesSync(dest, st.atime, st.mtime);
        }
        result.unchanged.push(path);
      } else {
        writeFileSync(dest, content);
        result.written.push(path);
      }
    }
    for (const path of existing.keys()) if (!files.has(path)) result.removed.push(path);
    if (result.written.length === 0 && result.removed.length === 0) {
      rmSync(tmp, { recursive: true, force: true });
      return result;
    }
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(tmp, target);
    } catch (e) {
      if (existsSync(old)) renameSync(old, target);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface Difference {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  patch: string;
}

/** What `files` would change in `outDir`, as unified diffs. */
export function diffOutput(outDir: string, files: FileMap): Difference[] {
  const existing = readTree(outDir);
  const out: Difference[] = [];
  const paths = [...new Set([...existing.keys(), ...files.keys()])].sort();
  for (const path of paths) {
    const before = existing.get(path);
    const after = files.get(path);
    if (before === after) continue;
    const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    out.push({ path, kind, patch: createTwoFilesPatch(`a/${path}`, `b/${path}`, before ?? '', after ?? '', undefined, undefined, { context: 3 }) });
  }
  return out;
}
