import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = resolve(ROOT, 'test/fixtures/pages');
/** The real docs pages, beside the project (read-only test input, never copied in). */
export const SHARED_DOCS = resolve(ROOT, '../shared/yandex-docs');

export function requireShared(): string {
  if (!existsSync(SHARED_DOCS)) throw new Error(`the shared docs corpus is missing at ${SHARED_DOCS}`);
  return SHARED_DOCS;
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `ydocgen` bin as a child process. */
export function cli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'bin/ydocgen.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { execFileSync };
