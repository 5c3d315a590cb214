import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { diffMarkdown, diffModels } from '../diff/diff.js';
import { loadModel } from '../pipeline.js';
import { EXIT, type Io, report, UsageError } from './common.js';

export const help = `Usage: ydocgen diff <old docs> <new docs> [--format markdown|json] [-o file] [--fail-on-breaking]

The API change report between two docs trees (folders or pages; join several with commas): methods,
fields, types, enum values and constraints added, removed or changed, each classed as breaking or not
for a client (a removed field, a tightened limit, a new required field are breaking).

Options:
      --format <f>         markdown (default) or json
  -o, --output <file>      write the report there instead of standard output
      --fail-on-breaking   exit 1 when any change is breaking
  -h, --help               this text

Exit codes: 0 reported; 1 a docs tree has errors, or --fail-on-breaking and a breaking change; 2 usage.`;

export function run(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'markdown' },
      output: { type: 'string', short: 'o' },
      'fail-on-breaking': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('name two docs trees: the old and the new');
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format is markdown or json, not "${values.format}"`);
  const [oldDocs, newDocs] = positionals.map((p) => loadModel(p!.split(',')));
  for (const r of [oldDocs!, newDocs!]) if (report(r, io, {})) return EXIT.failed;
  const result = diffModels(oldDocs!.model, newDocs!.model);
  const text = values.format === 'json' ? JSON.stringify(result, null, 2) : diffMarkdown(result);
  if (values.output) {
    mkdirSync(dirname(values.output), { recursive: true });
    writeFileSync(values.output, text + '\n');
  } else io.out(text);
  io.err(`${result.breaking} breaking, ${result.nonBreaking} non-breaking changes`);
  return values['fail-on-breaking'] && result.breaking > 0 ? EXIT.failed : EXIT.ok;
}
