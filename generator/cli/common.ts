// What every command shares: reading the docs, printing diagnostics, exit codes.
import { formatDiagnostic, countBySeverity } from '../diagnostics.js';
import type { Diagnostic } from '../model/types.js';
import type { LoadResult } from '../pipeline.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** One overwritable status line (TTY only); empty text clears it. */
  progress: (s: string) => void;
  color: boolean;
  tty: boolean;
}

export const processIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  progress: (s) => process.stderr.write(`\r\x1b[2K${s}`),
  color: !!process.stderr.isTTY && !process.env['NO_COLOR'],
  tty: !!process.stderr.isTTY,
};

/** Prints errors and warnings (info only when asked); returns whether the run should fail. */
export function report(result: Pick<LoadResult, 'diagnostics' | 'sources'>, io: Io, opts: { strict?: boolean; verbose?: boolean; extra?: Diagnostic[] }): boolean {
  const all = [...result.diagnostics, ...(opts.extra ?? [])];
  for (const d of all) {
    if (d.severity === 'info' && !opts.verbose) continue;
    io.err(formatDiagnostic(d, { sources: result.sources, color: io.color }));
  }
  const n = countBySeverity(all);
  return n.error > 0 || (!!opts.strict && n.warning > 0);
}

export function parseHostVars(values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const m = /^([\w-]+)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--var expects name=value, got "${v}"`);
    out[m[1]!] = m[2]!;
  }
  return out;
}
