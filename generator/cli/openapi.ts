import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { toOpenApi } from '../openapi/export.js';
import { loadModel } from '../pipeline.js';
import { EXIT, type Io, parseHostVars, report, UsageError } from './common.js';

export const help = `Usage: ydocgen openapi <docs>... [-o file.json] [options]

Exports the API documented by the pages under <docs> (folders or single .md pages) as OpenAPI 3.1.

Options:
  -o, --output <file>     where to write (default: standard output)
      --api-host <host>   value of {{ api-host }} in server URLs (default: api.cloud.yandex.net)
      --var <name=value>  value of another host variable (repeatable)
      --strict            fail on warnings too
      --verbose           print info diagnostics as well
  -h, --help              this text

Exit codes: 0 written; 1 the docs have errors (or warnings with --strict), nothing written; 2 usage.`;

export function run(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'api-host': { type: 'string' },
      var: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one docs folder or page');
  const vars = parseHostVars(values.var);
  if (values['api-host']) vars['api-host'] = values['api-host'];
  const result = loadModel(positionals);
  const { document, diagnostics } = toOpenApi(result.model, { hostVariables: vars });
  if (report(result, io, { strict: !!values.strict, verbose: !!values.verbose, extra: diagnostics })) return EXIT.failed;
  const text = JSON.stringify(document, null, 2) + '\n';
  if (values.output) {
    mkdirSync(dirname(values.output), { recursive: true });
    writeFileSync(values.output, text);
    const ops = Object.values(document['paths'] as Record<string, object>).reduce((n, p) => n + Object.keys(p).length, 0);
    io.err(`wrote ${values.output}: ${ops} operations, ${Object.keys((document['components'] as { schemas: object }).schemas).length} schemas`);
  } else io.out(text.trimEnd());
  return EXIT.ok;
}
