import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, type Io, UsageError } from './common.js';

export const DEFAULT_REPO = 'https://github.com/yandex-cloud/docs.git';

export const help = `Usage: ydocgen fetch-docs <service>... [--dir docs] [--repo URL] [--ref main] [--lang en]

Brings the API reference pages of the chosen services (en/<service>/api-ref) from the public docs
repository with git: a shallow, sparse checkout, so only those folders are downloaded. Run it again to
update. Then: ydocgen generate docs/en/<service>/api-ref …

Options:
      --dir <dir>     where the checkout lives (default: docs)
      --repo <url>    the repository (default: ${DEFAULT_REPO})
      --ref <ref>     branch or tag (default: master)
      --lang <lang>   language folder (default: en)
  -h, --help          this text

Exit codes: 0 fetched; 1 git failed; 2 usage.`;

export function run(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'docs' },
      repo: { type: 'string', default: DEFAULT_REPO },
      ref: { type: 'string', default: 'master' },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one service, e.g. video');
  for (const s of positionals) if (!/^[a-z0-9][a-z0-9-]*$/.test(s)) throw new UsageError(`"${s}" is not a service folder name`);
  if (!/^[a-z]{2}$/.test(values.lang)) throw new UsageError(`--lang is a two-letter folder name, not "${values.lang}"`);
  const paths = positionals.map((s) => `${values.lang}/${s}/api-ref`);
  const git = (args: string[], cwd?: string): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    if (!existsSync(join(values.dir, '.git'))) {
      git(['clone', '--depth', '1', '--filter=blob:none', '--no-checkout', '--branch', values.ref, values.repo, values.dir]);
      git(['sparse-checkout', 'set', '--no-cone', ...paths.map((p) => `/${p}/`)], values.dir);
      git(['checkout', values.ref], values.dir);
    } else {
      git(['sparse-checkout', 'set', '--no-cone', ...paths.map((p) => `/${p}/`)], values.dir);
      git(['fetch', '--depth', '1', '--filter=blob:none', 'origin', values.ref], values.dir);
      git(['checkout', '--force', '-B', values.ref, 'FETCH_HEAD'], values.dir);
    }
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    io.err(`ydocgen fetch-docs: git failed: ${(err.stderr || err.message).trim()}`);
    return EXIT.failed;
  }
  const commit = git(['rev-parse', '--short', 'HEAD'], values.dir).trim();
  for (const p of paths) {
    if (!existsSync(join(values.dir, p))) io.err(`warning: ${p} is not in ${values.repo} at ${values.ref}`);
  }
  io.err(`${values.dir}: ${paths.join(', ')} at ${commit}`);
  return EXIT.ok;
}
