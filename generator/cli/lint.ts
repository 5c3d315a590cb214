import { parseArgs } from 'node:util';
import { countBySeverity } from '../diagnostics.js';
import { performance } from 'node:perf_hooks';
import { methodCount, modelStats } from '../model/stats.js';
import { loadModel } from '../pipeline.js';
import { EXIT, type Io, report, UsageError } from './common.js';

export const help = `Usage: ydocgen lint <docs>... [--format text|json] [--strict] [--verbose]

Reads the pages and reports what they say wrong or unclear: diagnostics with file:line:column and a rule code.

Options:
      --format <f>   text (default, with code frames) or json (one array of diagnostics on stdout)
      --strict       fail on warnings too
      --verbose      print info diagnostics as well (always included in json)
      --stats        print counts: methods, types, fields, constraints by kind, diagnostics by rule, time
  -h, --help         this text

Exit codes: 0 no errors (and no warnings with --strict); 1 otherwise; 2 usage.`;

export function run(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean' },
      verbose: { type: 'boolean' },
      stats: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one docs folder or page');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not "${values.format}"`);
  const started = performance.now();
  const result = loadModel(positionals);
  const elapsed = performance.now() - started;
  const n = countBySeverity(result.diagnostics);
  const failed = n.error > 0 || (!!values.strict && n.warning > 0);
  if (values.format === 'json') {
    io.out(JSON.stringify(result.diagnostics, null, 2));
    return failed ? EXIT.failed : EXIT.ok;
  }
  report(result, io, { strict: !!values.strict, verbose: !!values.verbose });
  const methods = methodCount(result.model);
  if (values.stats) io.out(JSON.stringify({ pages: result.pages.length, ...modelStats(result.model, result.diagnostics), parseMs: Math.round(elapsed) }, null, 2));
  io.err(`${result.pages.length} pages, ${methods} methods, ${Object.keys(result.model.types).length} types: ${n.error} errors, ${n.warning} warnings, ${n.info} notes`);
  return failed ? EXIT.failed : EXIT.ok;
}
