import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { countBySeverity } from '../diagnostics.js';
import { emitPackage } from '../emit.js';
import { loadModel } from '../pipeline.js';
import { diffOutput, writeOutput } from '../write.js';
import { EXIT, type Io, report, UsageError } from './common.js';

const OPTIONS = {
  output: { type: 'string', short: 'o', default: 'generated' },
  name: { type: 'string', default: '@ydocgen/yandex-cloud' },
  'package-version': { type: 'string', default: '0.1.0' },
  strict: { type: 'boolean' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMON = `Options:
  -o, --output <dir>           the package folder (default: generated)
      --name <name>            package name (default: @ydocgen/yandex-cloud)
      --package-version <v>    package version (default: 0.1.0)
      --strict                 fail on warnings too
      --verbose                print info diagnostics as well
  -q, --quiet                  no summary line
  -h, --help                   this text`;

export const help = `Usage: ydocgen generate [docs...] [options]

Generates the TypeScript SDK package from the pages under [docs] (default: spec/). The package is built
in a temporary folder and swapped in whole; files that did not change keep their mtime.

${COMMON}

Exit codes: 0 written; 1 the docs have errors (or warnings with --strict), nothing written; 2 usage.`;

export const checkHelp = `Usage: ydocgen check [docs...] [options]

For CI: exits 1 and prints a unified diff when the package folder is not what [docs] (default: spec/)
generate now; exits 0 when it is. Writes nothing.

${COMMON}

Exit codes: 0 up to date; 1 stale, or the docs have errors; 2 usage.`;

async function build(argv: string[], io: Io, mode: 'generate' | 'check'): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    io.out(mode === 'generate' ? help : checkHelp);
    return EXIT.ok;
  }
  if (!values.output) throw new UsageError('--output needs a folder');
  const started = performance.now();
  const inputs = positionals.length ? positionals : ['spec'];
  const result = loadModel(inputs);
  const emitted = await emitPackage(result.model, { name: values.name, version: values['package-version'] });
  if (report(result, io, { strict: !!values.strict, verbose: !!values.verbose, extra: emitted.diagnostics })) return EXIT.failed;
  const files = emitted.files;
  const counts = countBySeverity([...result.diagnostics, ...emitted.diagnostics]);
  const methods = result.model.services.reduce((a, s) => a + s.resources.reduce((b, r) => b + r.methods.length, 0), 0);
  const summary = `${result.pages.length} pages, ${methods} methods, ${Object.keys(result.model.types).length} types, ${counts.warning} warnings`;
  if (mode === 'check') {
    const diffs = diffOutput(values.output, files);
    if (diffs.length === 0) {
      if (!values.quiet) io.err(`${values.output} is up to date (${summary})`);
      return EXIT.ok;
    }
    for (const d of diffs) io.out(d.patch.trimEnd());
    io.err(`${values.output} is stale: ${diffs.length} file(s) differ (${diffs.map((d) => `${d.kind} ${d.path}`).slice(0, 10).join(', ')}${diffs.length > 10 ? ', …' : ''}). Run "ydocgen generate".`);
    return EXIT.failed;
  }
  const w = writeOutput(values.output, files);
  if (!values.quiet) {
    io.err(`${values.output}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed; ${summary}; ${Math.round(performance.now() - started)} ms`);
  }
  return EXIT.ok;
}

export function run(argv: string[], io: Io): Promise<number> {
  return build(argv, io, 'generate');
}

export const check = { help: checkHelp, run: (argv: string[], io: Io): Promise<number> => build(argv, io, 'check') };
