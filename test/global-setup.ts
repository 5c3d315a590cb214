// Generates the SDK of the shared corpus once per test run, for every test file that needs it
// (generation takes seconds; each file doing it again would multiply that).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { emitPackage } from '../generator/emit.js';
import { loadModel } from '../generator/pipeline.js';
import { writeOutput } from '../generator/write.js';
import { requireShared } from './helpers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    corpusPackage: { dir: string; diagnostics: string[] };
  }
}

let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'ydocgen-corpus-pkg-'));
  const { files, diagnostics } = await emitPackage(loadModel([requireShared()]).model, { name: 'corpus-sdk', version: '0.0.0' });
  writeOutput(dir, files);
  project.provide('corpusPackage', { dir, diagnostics: diagnostics.map((d) => `${d.rule} ${d.message}`) });
}

export function teardown(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
