// Diagnostics: collecting them while reading a page, and printing them with a code frame.
import type { Point } from 'unist';
import type { Diagnostic, Severity, SourceLocation } from './model/types.js';

export class DiagnosticBag {
  readonly list: Diagnostic[] = [];
  constructor(readonly file: string) {}

  at(point: Point | undefined): SourceLocation {
    return { file: this.file, line: point?.line ?? 1, column: point?.column ?? 1 };
  }
  add(severity: Severity, rule: string, message: string, point: Point | SourceLocation | undefined, related?: SourceLocation[]): void {
    const location = point && 'file' in point ? point : this.at(point);
    this.list.push({ rule, severity, message, location, ...(related ? { related } : {}) });
  }
  error(rule: string, message: string, point: Point | SourceLocation | undefined): void {
    this.add('error', rule, message, point);
  }
  warn(rule: string, message: string, point: Point | SourceLocation | undefined, related?: SourceLocation[]): void {
    this.add('warning', rule, message, point, related);
  }
  info(rule: string, message: string, point: Point | SourceLocation | undefined): void {
    this.add('info', rule, message, point);
  }
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, severity, rule, message. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      ORDER[a.severity] - ORDER[b.severity] ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatLocation(l: SourceLocation): string {
  return `${l.file}:${l.line}:${l.column}`;
}

export interface FormatOptions {
  /** Source text by file, for code frames. */
  sources?: ReadonlyMap<string, string>;
  color?: boolean;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const paint = (code: number, s: string): string => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = d.severity === 'error' ? paint(31, 'error') : d.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info');
  const lines = [`${formatLocation(d.location)}: ${sev} ${d.message} ${paint(2, `[${d.rule}]`)}`];
  const src = options.sources?.get(d.location.file);
  if (src !== undefined) {
    const text = src.split(/\r?\n/)[d.location.line - 1];
    if (text !== undefined) {
      const gutter = String(d.location.line).padStart(5);
      lines.push(`${gutter} | ${text}`, `${' '.repeat(5)} | ${' '.repeat(Math.max(0, d.location.column - 1))}${paint(31, '^')}`);
    }
  }
  for (const r of d.related ?? []) lines.push(`      see ${formatLocation(r)}`);
  return lines.join('\n');
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) out[d.severity]++;
  return out;
}
