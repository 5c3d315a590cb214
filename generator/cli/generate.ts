import { watch } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Cache, generatorVersion, sha256 } from '../cache.js';
import { type Config, ConfigError, DEFAULTS, readConfig } from '../config.js';
import { countBySeverity } from '../diagnostics.js';
import { methodCount } from '../model/stats.js';
import { loadModel } from '../pipeline.js';
import { diffOutput, readTree, writeOutput } from '../write.js';
import { EXIT, type Io, parseHostVars, report, UsageError } from './common.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  name: { type: 'string' },
  'package-version': { type: 'string' },
  'api-host': { type: 'string' },
  var: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-validators': { type: 'boolean' },
  'no-fixtures': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  strict: { type: 'boolean' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  watch: { type: 'boolean', short: 'w' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMON = `Options (flags override the config file):
  -o, --output <dir>           the package folder (default: generated)
      --name <name>            package name (default: @ydocgen/yandex-cloud)
      --package-version <v>    package version (default: 0.1.0)
      --api-host <host>        default of {{ api-host }} in the client (default: api.cloud.yandex.net)
      --var <name=value>       default of another host variable (repeatable)
      --no-validators          no validators (the client then sends requests unchecked); implies --no-fixtures
      --no-fixtures            no fixtures and no mock
  -c, --config <file>          config file (default: ydocgen.config.json/.mjs/.js/.ts if present)
      --cache-dir <dir>        incremental cache (default: node_modules/.cache/ydocgen)
      --no-cache               parse and emit everything
      --strict                 fail on warnings too
      --verbose                print info diagnostics as well
  -q, --quiet                  no progress and no summary line
  -h, --help                   this text`;

export const help = `Usage: ydocgen generate [docs...] [options]

Generates the TypeScript SDK package from the pages under [docs] (default: spec/, or the config's inputs).
The package is built in a temporary folder and swapped in whole; files that did not change keep their
mtime; a run with nothing changed writes nothing.

${COMMON}
  -w, --watch                  regenerate whenever an input page changes

Exit codes: 0 written (or up to date); 1 the docs have errors (or warnings with --strict), nothing written; 2 usage.`;

export const checkHelp = `Usage: ydocgen check [docs...] [options]

For CI: exits 1 and prints a unified diff when the package folder is not what [docs] generate now;
exits 0 when it is. Writes nothing.

${COMMON}

Exit codes: 0 up to date; 1 stale, or the docs have errors; 2 usage.`;

type Values = ReturnType<typeof parse>['values'];
function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
}

async function settings(values: Values, positionals: string[]): Promise<Config & { cache: Cache | undefined }> {
  let file: Awaited<ReturnType<typeof readConfig>>;
  try {
    file = await readConfig(process.cwd(), values.config);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  const base = file?.config ?? DEFAULTS;
  const vars = { ...base.hostVariables, ...parseHostVars(values.var) };
  const apiHost = values['api-host'] ?? base.apiHost;
  const validators = values['no-validators'] ? false : base.emitters.validators;
  return {
    inputs: positionals.length ? positionals : base.inputs,
    output: values.output ?? base.output,
    package: { name: values.name ?? base.package.name, version: values['package-version'] ?? base.package.version },
    hostVariables: apiHost ? { ...vars, 'api-host': apiHost } : vars,
    emitters: { validators, fixtures: validators && !values['no-fixtures'] && base.emitters.fixtures },
    strict: values.strict ?? base.strict,
    cache: values['no-cache'] ? undefined : Cache.at(process.cwd(), values['cache-dir']),
  };
}

async function once(s: Awaited<ReturnType<typeof settings>>, values: Values, io: Io, mode: 'generate' | 'check'): Promise<number> {
  const started = performance.now();
  const progress = !values.quiet && io.tty;
  const result = loadModel(s.inputs, undefined, {
    ...(s.cache ? { cache: s.cache } : {}),
    ...(progress ? { onPage: (done: number, total: number) => io.progress(`parsing ${done}/${total} pages`) } : {}),
  });
  if (progress) io.progress('');
  const emitOptions = { name: s.package.name, version: s.package.version, validators: s.emitters.validators, fixtures: s.emitters.fixtures, hostVariables: s.hostVariables };
  const key = sha256(`${generatorVersion()}\0${JSON.stringify(result.model)}\0${JSON.stringify(emitOptions)}`);
  const methods = methodCount(result.model);
  const summary = (warnings: number): string => `${result.pages.length} pages, ${methods} methods, ${Object.keys(result.model.types).length} types, ${warnings} warnings`;
  const elapsed = (): string => `${Math.round(performance.now() - started)} ms`;

  // Nothing changed since the last run into this folder, and the folder is as that run left it.
  const last = s.cache?.getOutput(s.output);
  if (last?.key === key && sameFiles(s.output, last.files)) {
    if (report(result, io, { strict: s.strict, verbose: !!values.verbose })) return EXIT.failed;
    if (!values.quiet) io.err(`${s.output} is up to date: nothing changed (${summary(countBySeverity(result.diagnostics).warning)}; ${elapsed()})`);
    return EXIT.ok;
  }

  if (progress) io.progress('emitting');
  // Loaded only when there is something to emit: ts-morph and prettier take a while to load.
  const { emitPackage } = await import('../emit.js');
  const emitted = await emitPackage(result.model, emitOptions);
  if (progress) io.progress('');
  if (report(result, io, { strict: s.strict, verbose: !!values.verbose, extra: emitted.diagnostics })) return EXIT.failed;
  const warnings = countBySeverity([...result.diagnostics, ...emitted.diagnostics]).warning;
  if (mode === 'check') {
    const diffs = diffOutput(s.output, emitted.files);
    if (diffs.length === 0) {
      s.cache?.setOutput(s.output, key, emitted.files);
      if (!values.quiet) io.err(`${s.output} is up to date (${summary(warnings)})`);
      return EXIT.ok;
    }
    for (const d of diffs) io.out(d.patch.trimEnd());
    io.err(`${s.output} is stale: ${diffs.length} file(s) differ (${diffs.map((d) => `${d.kind} ${d.path}`).slice(0, 10).join(', ')}${diffs.length > 10 ? ', …' : ''}). Run "ydocgen generate".`);
    return EXIT.failed;
  }
  const w = writeOutput(s.output, emitted.files);
  s.cache?.setOutput(s.output, key, emitted.files);
  if (!values.quiet) io.err(`${s.output}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed; ${summary(warnings)}; ${elapsed()}`);
  return EXIT.ok;
}

function sameFiles(dir: string, hashes: Record<string, string>): boolean {
  const tree = readTree(dir);
  return tree.size === Object.keys(hashes).length && [...tree].every(([p, c]) => hashes[p] === sha256(c));
}

async function build(argv: string[], io: Io, mode: 'generate' | 'check'): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.out(mode === 'generate' ? help : checkHelp);
    return EXIT.ok;
  }
  const s = await settings(values, positionals);
  if (!values.watch || mode === 'check') return once(s, values, io, mode);
  return watchLoop(s, values, io);
}

/** Regenerates on every change of an input page, until interrupted. */
async function watchLoop(s: Awaited<ReturnType<typeof settings>>, values: Values, io: Io): Promise<number> {
  await once(s, values, io, 'generate');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve(0);
  const onChange = (_event: string, name: string | Buffer | null): void => {
    if (name && !String(name).endsWith('.md')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => once(s, values, io, 'generate').catch((e: unknown) => (io.err(String(e)), EXIT.failed)));
    }, 100);
  };
  const watchers = s.inputs.map((input) => watch(input, { recursive: true }, onChange));
  if (!values.quiet) io.err(`watching ${s.inputs.join(', ')} (Ctrl-C to stop)`);
  return new Promise((resolve) => {
    const stop = (): void => {
      watchers.forEach((w) => w.close());
      void running.then(() => resolve(EXIT.ok));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function run(argv: string[], io: Io): Promise<number> {
  return build(argv, io, 'generate');
}

export const check = { help: checkHelp, run: (argv: string[], io: Io): Promise<number> => build(argv, io, 'check') };
