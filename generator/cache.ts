// The incremental cache: parsed pages keyed by their content hash and the generator's version, and the
// key of the last output written per folder. A run that finds nothing changed skips parsing and emitting.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageModel } from './parse/page.js';

const HERE = dirname(fileURLToPath(import.meta.url));

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let version: string | undefined;
/** Changes whenever the generator's own code (or its version) changes. */
export function generatorVersion(): string {
  if (version) return version;
  const h = createHash('sha256');
  const pkg = JSON.parse(readFileSync(join(HERE, '../package.json'), 'utf8')) as { version: string };
  h.update(pkg.version);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) h.update(p.slice(HERE.length)).update(readFileSync(p));
    }
  };
  walk(HERE);
  walk(join(HERE, '../templates'));
  version = h.digest('hex').slice(0, 16);
  return version;
}

export class Cache {
  constructor(readonly dir: string) {}

  static at(cwd: string, dir?: string): Cache {
    if (dir) return new Cache(resolve(cwd, dir));
    const nm = resolve(cwd, 'node_modules');
    return new Cache(existsSync(nm) ? join(nm, '.cache/ydocgen') : resolve(cwd, '.ydocgen-cache'));
  }

  private path(kind: string, key: string): string {
    return join(this.dir, kind, `${key}.json`);
  }

  private read<T>(kind: string, key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.path(kind, key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  private write(kind: string, key: string, value: unknown): void {
    const p = this.path(kind, key);
    mkdirSync(dirname(p), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, p);
  }

  pageKey(file: string, text: string): string {
    return sha256(`${generatorVersion()}\0${file}\0${text}`);
  }
  getPage(key: string): PageModel | undefined {
    return this.read<PageModel>('pages', key);
  }
  setPage(key: string, page: PageModel): void {
    this.write('pages', key, page);
  }

  /** What was last written to an output folder: the key of its inputs and each file's hash. */
  getOutput(outDir: string): { key: string; files: Record<string, string> } | undefined {
    return this.read('outputs', sha256(resolve(outDir)));
  }
  setOutput(outDir: string, key: string, files: Map<string, string>): void {
    this.write('outputs', sha256(resolve(outDir)), { key, files: Object.fromEntries([...files].map(([p, c]) => [p, sha256(c)])) });
  }
}
