// What the generated validators share: the issue type, the error, and the checks that are the same for
// every field (formats, int64 arithmetic). The per-type code is generated, specialised and inlined.
import { YandexCloudError } from './errors.js';

export type Constraint = 'required' | 'type' | 'length' | 'count' | 'range' | 'values' | 'pattern' | 'enum' | 'oneof' | 'unknown' | 'format';

export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `thumbnailIds[3]`, `settings.advertisement`. */
  path: string;
  constraint: Constraint;
  /** The documented limit (a number, a decimal string for int64, a pattern, a list of names). */
  limit?: number | string;
  /** The value's size: its length, element count or value, where that says something. */
  actual?: number | string;
  /** The documented sentence, or what was expected. */
  message: string;
}

/** A request (or, when asked, a response) does not satisfy what the docs state. Nothing was sent. */
export class ValidationError extends YandexCloudError {
  override name = 'ValidationError';
  readonly issues: ValidationIssue[];
  constructor(what: string, issues: ValidationIssue[]) {
    const list = issues.slice(0, 5).map((i) => `${i.path || '(root)'}: ${i.message}`);
    super(`${what} is invalid: ${list.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`);
    this.issues = issues;
  }
}

export type Validator = (value: unknown, path?: string, out?: ValidationIssue[]) => ValidationIssue[];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Length in Unicode code points, as the docs count characters. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const INT = /^-?(0|[1-9]\d*)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** An int64/uint64 in its JSON forms (decimal string, or a safe integer number) → BigInt, or undefined. */
export function toInt64(v: unknown, unsigned: boolean): bigint | undefined {
  let b: bigint;
  if (typeof v === 'string' && INT.test(v)) b = BigInt(v);
  else if (typeof v === 'number' && Number.isSafeInteger(v)) b = BigInt(v);
  else return undefined;
  return b < (unsigned ? 0n : INT64_MIN) || b > (unsigned ? UINT64_MAX : INT64_MAX) ? undefined : b;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
/** RFC 3339, as protobuf's Timestamp JSON form. */
export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

/** protobuf Duration JSON form: seconds with up to 9 fraction digits and an `s`. */
export function isDuration(s: string): boolean {
  return /^-?\d{1,12}(\.\d{1,9})?s$/.test(s);
}

/** Standard or URL-safe base64, padded or not. */
export function isBase64(s: string): boolean {
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(s) && s.replace(/=+$/, '').length % 4 !== 1;
}

/** FieldMask JSON form: comma-separated dotted paths. */
export function isFieldMask(s: string): boolean {
  return s === '' || /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*(,[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*)*$/.test(s);
}

export function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** `path` + `.key` (or `["odd key"]`). */
export function child(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Records one issue (the generated validators call this on the failure path only). */
export function fail(out: ValidationIssue[], path: string, constraint: Constraint, message: string, limit?: number | string, actual?: number | string): void {
  const issue: ValidationIssue = { path, constraint, message };
  if (limit !== undefined) issue.limit = limit;
  if (actual !== undefined) issue.actual = actual;
  out.push(issue);
}
