// Whatever a page holds (comment closers, backticks, `${`, odd field and enum names, two types with the
// same short name), the emitted package type-checks, loads without side effects and behaves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emitPackage } from '../../generator/emit.js';
import { loadModel } from '../../generator/pipeline.js';
import { writeOutput } from '../../generator/write.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let dir: string;
let server: TestServer;
const tsc = resolve(ROOT, 'node_modules/.bin/tsc');
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ydocgen-safety-'));
  writeOutput(dir, (await emitPackage(loadModel([`${FIXTURES}/hostile`, `${FIXTURES}/yfm`]).model, { name: 'evil', version: '0.0.0' })).files);
  server = await startServer(() => ({ body: { id: 'ok' } }));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile pages', () => {
  it('type-check under tsc --strict', () => {
    expect(() => execFileSync(tsc, ['--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })).not.toThrow();
  });

  it('load without side effects and keep odd names as data', async () => {
    const log = vi.spyOn(console, 'log');
    const sdk = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
    expect(log).not.toHaveBeenCalled();
    expect(Object.values(sdk.evil.Kind)).toEqual(['A-B', 'delete', 'class']);
    const yc = new sdk.YandexCloud({ baseUrl: server.url });
    await expect(yc.evil.traps.delete({ 'trap-id': 'a/b', constructor: 'c', 'weird-name': 'w' })).resolves.toEqual({ id: 'ok' });
    expect(server.requests[0]!.rawPath).toBe('/evil/v1/traps/a%2Fb:delete');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ constructor: 'c', 'weird-name': 'w' });
  });

  it('make setting two members of a oneof group a compile error', () => {
    writeFileSync(
      join(dir, 'src/consumer-check.ts'),
      [
        "import type { widget } from './index.js';",
        "export const ok: widget.CreateGadgetRequest = { name: 'g', round: { radius: '1' } };",
        '// @ts-expect-error two members of one oneof group',
        "export const bad: widget.CreateGadgetRequest = { name: 'g', round: { radius: '1' }, square: { side: '2' } };",
        "// @ts-expect-error not an enum value",
        "export const shape: widget.Shape = 'TRIANGLE';",
        '',
      ].join('\n'),
    );
    expect(() => execFileSync(tsc, ['--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })).not.toThrow();
  });
});
