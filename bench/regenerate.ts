// Cold versus no-change `ydocgen generate` on a docs tree, as a user runs it (child processes), in one
// run: the first with an empty cache and no output, the second with nothing changed.
// Run: npx tsx bench/regenerate.ts [docs dir]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const docs = resolve(process.argv[2] ?? join(ROOT, '../shared/yandex-docs'));
const work = mkdtempSync(join(tmpdir(), 'ydocgen-regen-'));
const run = (): number => {
  const t = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'bin/ydocgen.js'), 'generate', docs, '-o', join(work, 'out'), '--cache-dir', join(work, 'cache'), '-q'], { stdio: 'inherit' });
  return performance.now() - t;
};
const cold = run();
const again = [run(), run(), run()].sort((a, b) => a - b)[1]!;
console.table({ 'cold (ms)': Math.round(cold), 'no change, median of 3 (ms)': Math.round(again), ratio: +(again / cold).toFixed(3) });
rmSync(work, { recursive: true, force: true });
