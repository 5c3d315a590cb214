// The committed generated/ is what spec/ generates, byte for byte, and generation is deterministic.
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit.js';
import { loadModel } from '../../generator/pipeline.js';
import { readTree } from '../../generator/write.js';
import { FIXTURES, ROOT } from '../helpers.js';

describe('generated/', () => {
  it('is exactly what spec/ generates (snapshot of every emitted file)', async () => {
    const { model } = loadModel([`${ROOT}/spec`]);
    const files = (await emitPackage(model, { name: '@ydocgen/yandex-cloud', version: '0.1.0' })).files;
    const committed = readTree(`${ROOT}/generated`);
    expect([...committed.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(committed.get(path), path).toBe(text);
  });

  it('is deterministic: two runs, and two input orders, give the same bytes', async () => {
    const a = (await emitPackage(loadModel([`${FIXTURES}/yfm`, `${FIXTURES}/legacy`]).model, { name: 'x', version: '1.0.0' })).files;
    const b = (await emitPackage(loadModel([`${FIXTURES}/legacy`, `${FIXTURES}/yfm`]).model, { name: 'x', version: '1.0.0' })).files;
    expect([...b]).toEqual([...a]);
  });
});

describe('emitted code for the fixture pages', () => {
  it('types oneofs so that two members cannot be set, enums as unions with frozen values, int64 as strings', async () => {
    const files = (await emitPackage(loadModel([`${FIXTURES}/yfm`]).model, { name: 'x', version: '1.0.0', compile: false })).files;
    const types = files.get('src/widget/types.ts')!;
    expect(types).toContain('export type Shape = \'SHAPE_UNSPECIFIED\' | \'ROUND\' | \'SQUARE\';');
    expect(types).toMatch(/export const Shape: \{[\s\S]*readonly ROUND: 'ROUND';[\s\S]*\} = Object\.freeze\(/);
    const code = types.replace(/\/\*\*[\s\S]*?\*\//g, '');
    expect(code).toMatch(/\(\s*\|?\s*\{[^}]*round\?: Round;\s*square\?: never;?\s*\}\s*\|\s*\{[^}]*round\?: never;\s*square\?: Square;?\s*\}\s*\)/);
    expect(types).toContain('weightGrams?: string;');
    expect(types).toContain('@deprecated');
    expect(types).toContain('Constraints: 3 to 63 characters; matches `[a-z][-a-z0-9]*`.');
    const gadget = files.get('src/widget/Gadget.ts')!;
    expect(gadget).toContain('Promise<OperationHandle<T.Gadget, T.CreateGadgetMetadata>>');
    expect(gadget).toContain('PagePromise<T.ListGadgetsResponse, T.Gadget>');
  });
});

describe('a method answering google.protobuf.Empty', () => {
  it('returns the runtime Empty type', async () => {
    const files = (await emitPackage(loadModel([`${FIXTURES}/newer`]).model, { name: 'x', version: '1.0.0', compile: false })).files;
    expect(files.get('src/pond/Duck.ts')).toContain('quack(params: T.DuckQuackParams, options?: RequestOptions): Promise<T.Empty>');
    expect(files.get('src/pond/types.ts')).toContain("export type { Empty } from '../core/index.js';");
    expect(files.get('src/pond/types.ts')).not.toContain('interface Empty');
  });
});
