// Size of the generated client for one service, against @hey-api/openapi-ts run on our own OpenAPI
// export of the same service, in the same run: files, lines, and minified+gzipped bytes of a bundle.
// Run: npx tsx bench/size.ts [service api-ref dir]   (peers are installed into bench/peers on first run)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { emitPackage } from '../generator/emit.js';
import { toOpenApi } from '../generator/openapi/export.js';
import { loadModel } from '../generator/pipeline.js';
import { writeOutput } from '../generator/write.js';

const ROOT = resolve(import.meta.dirname, '..');
const PEERS = join(ROOT, 'bench/peers');
const docs = process.argv[2] ?? resolve(ROOT, '../shared/yandex-docs/en/video/api-ref');

if (!existsSync(join(PEERS, 'node_modules'))) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'ydocgen-size-'));
const { model } = loadModel([docs]);
const ours = join(work, 'ours');
writeOutput(ours, (await emitPackage(model, { name: 'ours', version: '0.0.0' })).files);
const bare = join(work, 'bare');
writeOutput(bare, (await emitPackage(model, { name: 'bare', version: '0.0.0', validators: false })).files);
const spec = join(work, 'openapi.json');
writeFileSync(spec, JSON.stringify(toOpenApi(model).document));
const hey = join(work, 'hey');
execFileSync(join(PEERS, 'node_modules/.bin/openapi-ts'), ['-i', spec, '-o', hey, '-c', '@hey-api/client-fetch'], { stdio: 'ignore' });

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(dir, f));
}
async function bundleSize(entry: string): Promise<{ min: number; gz: number }> {
  const r = await build({ stdin: { contents: entry, resolveDir: work, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const code = r.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const service = model.services[0]!.id;
const rows = [
  { name: 'ydocgen', files: tsFiles(join(ours, 'src')), entry: `export { YandexCloud } from ${JSON.stringify(join(ours, 'src/index.ts'))};` },
  { name: 'ydocgen --no-validators', files: tsFiles(join(bare, 'src')), entry: `export { YandexCloud } from ${JSON.stringify(join(bare, 'src/index.ts'))};` },
  { name: '@hey-api/openapi-ts 0.90', files: tsFiles(hey), entry: `export * from ${JSON.stringify(join(hey, 'index.ts'))};` },
];
const out: Array<Record<string, string | number>> = [];
for (const r of rows) {
  const lines = r.files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
  const bytes = r.files.reduce((n, f) => n + statSync(f).size, 0);
  const size = await bundleSize(r.entry);
  out.push({ generator: r.name, files: r.files.length, lines, sourceBytes: bytes, minBytes: size.min, minGzBytes: size.gz });
}
console.log(`service: ${service} (${model.services[0]!.resources.reduce((n, r) => n + r.methods.length, 0)} methods)`);
console.table(out);
const [a, c, b] = out as Array<{ lines: number; minBytes: number; minGzBytes: number }>;
if (!a || !b || !c) throw new Error('no rows');
for (const [label, x] of [['ydocgen', a], ['ydocgen --no-validators', c]] as const) {
  console.log(`ratios ${label} / hey-api: lines ${(x.lines / b.lines).toFixed(2)}, min ${(x.minBytes / b.minBytes).toFixed(2)}, min+gz ${(x.minGzBytes / b.minGzBytes).toFixed(2)}`);
}
console.log('note: the hey-api client has no retries, operations, pagination or typed errors; ydocgen validators (when emitted) are counted in ours.');
