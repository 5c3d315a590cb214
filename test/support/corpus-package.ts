// Generates a package from docs into a temporary folder and imports it (main and fixtures entries).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitPackage } from '../../generator/emit.js';
import type { ApiModel, Diagnostic } from '../../generator/model/types.js';
import { writeOutput } from '../../generator/write.js';
import { inject } from 'vitest';

type Fn = (...args: any[]) => any;
export interface LoadedPackage {
  dir: string;
  sdk: Record<string, any>;
  fixtures: Record<string, any>;
  diagnostics: Diagnostic[];
  validator(service: string, typeName: string): Fn;
  dispose(): void;
}

export async function generatedPackage(model: ApiModel, name = 'test-sdk'): Promise<LoadedPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'ydocgen-pkg-'));
  const { files, diagnostics } = await emitPackage(model, { name, version: '0.0.0' });
  writeOutput(dir, files);
  return load(dir, diagnostics, () => rmSync(dir, { recursive: true, force: true }));
}

/** The shared corpus's package, generated once per run by test/global-setup.ts. */
export async function corpusPackage(): Promise<LoadedPackage> {
  const { dir, diagnostics } = inject('corpusPackage');
  return load(dir, diagnostics.map((d) => ({ rule: d, severity: 'warning' as const, message: d, location: { file: '', line: 0, column: 0 } })), () => undefined);
}

async function load(dir: string, diagnostics: Diagnostic[], dispose: () => void): Promise<LoadedPackage> {
  const sdk = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
  const fixtures = await import(pathToFileURL(join(dir, 'dist/fixtures.js')).href);
  return {
    dir,
    sdk,
    fixtures,
    diagnostics,
    validator: (service, typeName) => {
      const fn = sdk[service]?.[`validate${typeName}`];
      if (typeof fn !== 'function') throw new Error(`no validator validate${typeName} in ${service}`);
      return fn;
    },
    dispose,
  };
}
