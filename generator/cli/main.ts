// ydocgen <command> …: dispatch only; each command lives in its own file.
import { InputError } from '../inputs.js';
import { EXIT, type Io, processIo, UsageError } from './common.js';
import * as diff from './diff.js';
import * as fetchDocs from './fetch-docs.js';
import * as generate from './generate.js';
import * as lint from './lint.js';
import * as openapi from './openapi.js';

interface Command {
  help: string;
  run(argv: string[], io: Io): number | Promise<number>;
}

const COMMANDS: Record<string, Command> = { generate, check: generate.check, openapi, lint, diff, 'fetch-docs': fetchDocs };

const HELP = `Usage: ydocgen <command> [options]

Commands:
  generate  generate the TypeScript SDK package (default: spec/ → generated/)
  check     exit 1 with a diff when generated/ is not what the docs generate now
  openapi   export the documented API as OpenAPI 3.1
  lint      report problems in the docs pages
  diff      the API change report between two docs trees (breaking or not)
  fetch-docs  bring the API reference pages of chosen services from the docs repository (git)

Run "ydocgen <command> --help" for a command's options.`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`ydocgen: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`ydocgen ${name}: ${(e as Error).message}\n\n${command.help}`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(`ydocgen ${name}: ${e.message}`);
      return EXIT.failed;
    }
    throw e;
  }
}
