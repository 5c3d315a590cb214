// Fixtures from the model, computed at generation time: for every message a valid value that satisfies
// every constraint, boundary variants exactly at each limit, and invalid variants that each break one
// constraint only (and say which). Variants are patches on the valid value, to keep the module small.
import type { ApiModel, Constraint, Diagnostic, Field, FieldType, MessageType } from '../generator/model/types.js';
import type { PathSeg, RawVariant } from './runtime/fixtures.js';
import { compile, distinctMatches, type JsPattern, matchingString, nonMatchingString, PatternError, patternBounds, translateRe2 } from './regex.js';

export type { PathSeg } from './runtime/fixtures.js';

/** A patch on the valid value, as the runtime applies it (`templates/runtime/fixtures.ts`). */
export type Variant = RawVariant;

export interface MessageFixtures {
  valid: Record<string, unknown>;
  boundaries: Variant[];
  invalid: Variant[];
}

interface Ctx {
  model: ApiModel;
  diagnostics: Diagnostic[];
  patterns: Map<string, JsPattern | null>;
}

const DATE = '2024-05-17T10:30:00Z';

export function buildFixtures(model: ApiModel, message: MessageType, diagnostics: Diagnostic[]): MessageFixtures {
  const ctx: Ctx = { model, diagnostics, patterns: new Map() };
  const valid = validMessage(ctx, message, 0);
  const boundaries: Variant[] = [];
  const invalid: Variant[] = [];
  collectVariants(ctx, message, valid, [], boundaries, invalid, 0);
  return { valid, boundaries, invalid };
}

function pattern(ctx: Ctx, c: Constraint | undefined): JsPattern | undefined {
  if (c?.kind !== 'pattern') return undefined;
  if (!ctx.patterns.has(c.pattern)) {
    try {
      const p = translateRe2(c.pattern);
      compile(p);
      ctx.patterns.set(c.pattern, p);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      ctx.patterns.set(c.pattern, null);
    }
  }
  return ctx.patterns.get(c.pattern) ?? undefined;
}

interface StringRules {
  min: number;
  max: number;
  pattern: JsPattern | undefined;
}

function stringRules(ctx: Ctx, cs: Constraint[]): StringRules {
  let min = 0;
  let max = Infinity;
  let pat: JsPattern | undefined;
  for (const c of cs) {
    if (c.kind === 'length') {
      if (c.min !== undefined) min = Math.max(min, c.min);
      if (c.max !== undefined) max = Math.min(max, c.max);
    }
    if (c.kind === 'pattern') pat = pattern(ctx, c) ?? pat;
  }
  return { min, max, pattern: pat };
}

/** A string satisfying the rules, of `length` characters if given, else a pleasant length. */
function stringOf(rules: StringRules, seed: string, length?: number): string | undefined {
  const wanted = length ?? Math.min(Math.max(rules.min, Math.min(8, rules.max)), rules.max);
  if (wanted < rules.min || wanted > rules.max) return undefined;
  if (rules.pattern) {
    const [lo, hi] = patternBounds(rules.pattern);
    const lengths = length !== undefined ? [wanted] : [wanted, ...range(Math.max(rules.min, lo), Math.min(rules.max, hi, rules.min + 64))];
    for (const l of lengths) {
      const s = matchingString(rules.pattern, l);
      if (s !== undefined) return s;
    }
    return undefined;
  }
  // A readable start, then one repeated letter (long values pack well in the emitted module).
  const base = (seed.replace(/[^A-Za-z0-9]/g, '') || 'value').slice(0, 12);
  return (base + 'x'.repeat(Math.max(0, wanted - base.length))).slice(0, wanted);
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function on(f: Field, ...targets: Constraint['target'][]): Constraint[] {
  return f.constraints.filter((c) => targets.includes(c.target));
}

function scalarValue(ctx: Ctx, t: FieldType, cs: Constraint[], seed: string, depth: number): unknown {
  switch (t.kind) {
    case 'string': {
      if (t.format === 'int64' || t.format === 'uint64') return String(intIn(cs, 1n));
      if (t.format === 'date-time') return DATE;
      if (t.format === 'duration') return '1.5s';
      if (t.format === 'bytes') return 'aGVsbG8=';
      if (t.format === 'field-mask') return 'name';
      const s = stringOf(stringRules(ctx, cs), seed);
      if (s === undefined) unsatisfiable(ctx, seed, cs);
      return s ?? seed;
    }
    case 'integer':
      return t.format === 'int64' || t.format === 'uint64' ? String(intIn(cs, 1n)) : Number(intIn(cs, 1n));
    case 'number': {
      const listed = valuesOf(cs);
      if (listed?.length) return Number(listed[0]);
      const r = rangeOf(cs);
      return r.min !== undefined ? Number(r.min) : r.max !== undefined ? Math.min(0.5, Number(r.max)) : 0.5;
    }
    case 'boolean':
      return true;
    case 'object':
      return {};
    case 'enum': {
      const e = ctx.model.types[t.ref];
      if (e?.kind !== 'enum') return '';
      return (e.values.find((v) => !v.name.endsWith('_UNSPECIFIED')) ?? e.values[0])?.name ?? '';
    }
    case 'message': {
      const m = ctx.model.types[t.ref];
      return m?.kind === 'message' ? validMessage(ctx, m, depth + 1) : {};
    }
    case 'map':
      return {};
  }
}

function rangeOf(cs: Constraint[]): { min?: string; max?: string } {
  const out: { min?: string; max?: string } = {};
  for (const c of cs) if (c.kind === 'range') {
    if (c.min !== undefined) out.min = c.min;
    if (c.max !== undefined) out.max = c.max;
  }
  return out;
}

/** The allowed values, when the docs list them ("The value must satisfy: 2,4,6."). */
function valuesOf(cs: Constraint[]): string[] | undefined {
  const c = cs.find((x) => x.kind === 'values');
  return c?.kind === 'values' ? c.values : undefined;
}

function intIn(cs: Constraint[], preferred: bigint): bigint {
  const listed = valuesOf(cs)?.find((v) => /^-?\d+$/.test(v));
  if (listed !== undefined) return BigInt(listed);
  const r = rangeOf(cs);
  const min = r.min !== undefined && /^-?\d+$/.test(r.min) ? BigInt(r.min) : undefined;
  const max = r.max !== undefined && /^-?\d+$/.test(r.max) ? BigInt(r.max) : undefined;
  let v = preferred;
  if (min !== undefined && v < min) v = min;
  if (max !== undefined && v > max) v = max;
  return v;
}

function unsatisfiable(ctx: Ctx, what: string, cs: Constraint[]): void {
  const c = cs[0];
  if (!c) return;
  ctx.diagnostics.push({ rule: 'fixture/unsatisfiable', severity: 'warning', message: `no value of "${what}" satisfies all of: ${cs.map((x) => x.sentence).join(' ')}`, location: c.location });
}

function countOf(f: Field, target: 'list' | 'map'): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const c of on(f, target)) if (c.kind === 'count') {
    if (c.min !== undefined) min = Math.max(min, c.min);
    if (c.max !== undefined) max = Math.min(max, c.max);
  }
  return { min, max };
}

function fieldValue(ctx: Ctx, f: Field, depth: number): unknown {
  if (f.type.kind === 'map') {
    const { min, max } = countOf(f, 'map');
    const n = Math.min(Math.max(1, min), max);
    const keys = distinctKeys(stringRules(ctx, on(f, 'key')), n);
    if (keys.length < n) unsatisfiable(ctx, `${f.name} keys`, on(f, 'key'));
    return Object.fromEntries(keys.map((k, i) => [k, scalarValue(ctx, f.type.kind === 'map' ? f.type.value : f.type, on(f, 'mapValue'), `${f.name}${i}`, depth)]));
  }
  const element = (i: number): unknown => scalarValue(ctx, f.type, on(f, 'value'), i === 0 ? f.name : `${f.name}${i}`, depth);
  if (!f.repeated) return element(0);
  const { min, max } = countOf(f, 'list');
  const n = Math.min(Math.max(1, min), max);
  return range(0, n - 1).map(element);
}

/** Required fields always; optional ones while shallow (recursive types stay finite). */
function validMessage(ctx: Ctx, m: MessageType, depth: number): Record<string, unknown> {
  const skip = new Set(m.oneofs.flatMap((g) => g.slice(1)));
  const out: Record<string, unknown> = {};
  for (const f of m.fields) {
    const required = f.constraints.some((c) => c.kind === 'required');
    if (skip.has(f.name) && !required) continue;
    if (!required && depth > 2) continue;
    out[f.name] = fieldValue(ctx, f, depth);
  }
  return out;
}

function jsonPath(at: PathSeg[]): string {
  let s = '';
  for (const seg of at) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) s += s ? `.${seg}` : seg;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}

/** Boundary and invalid variants for every field of `m` (and, through required paths, nested ones). */
function collectVariants(ctx: Ctx, m: MessageType, value: Record<string, unknown>, at: PathSeg[], boundaries: Variant[], invalid: Variant[], depth: number): void {
  if (depth > 3) return;
  const bad: Bad = (name, where, constraint, v, remove = false, reportedAt = where) => {
    invalid.push({ name, at: where, ...(remove ? { remove: true as const } : { value: v }), constraint, path: jsonPath(reportedAt) });
  };
  const edge: Edge = (name, where, v) => {
    boundaries.push({ name, at: where, value: v });
  };
  bad('unknown field', [...at, '__unknown__'], 'unknown', 'x');
  for (const group of m.oneofs) {
    const [a, b] = group;
    const fa = m.fields.find((f) => f.name === a);
    const fb = m.fields.find((f) => f.name === b);
    if (fa && fb) {
      // Two members at once: a patch on the parent that sets both.
      const parent = { ...value, [fa.name]: value[fa.name] ?? fieldValue(ctx, fa, depth), [fb.name]: fieldValue(ctx, fb, depth) };
      bad(`${group.join('/')}: two members of one oneof group`, at, 'oneof', parent);
    }
  }
  for (const f of m.fields) {
    const here = [...at, f.name];
    const current = value[f.name];
    const label = jsonPath(here);
    if (f.constraints.some((c) => c.kind === 'required')) bad(`${label}: missing (required)`, here, 'required', undefined, true);
    if (current === undefined) continue;
    const [wrong, constraint] = f.repeated ? ['not-a-list', 'type'] : wrongType(f.type);
    bad(`${label}: wrong type`, here, constraint, wrong);

    const elementAt = f.repeated ? [...here, 0] : here;
    const elementLabel = jsonPath(elementAt);
    if (f.repeated) {
      const { min, max } = countOf(f, 'list');
      const list = current as unknown[];
      const make = (n: number): unknown[] => range(0, n - 1).map((i) => (i < list.length ? list[i] : distinctElement(ctx, f, i, depth)));
      if (min > 0) {
        edge(`${label}: ${min} elements (the minimum)`, here, make(min));
        bad(`${label}: ${min - 1} elements (below the minimum ${min})`, here, 'count', make(min - 1));
      }
      if (max !== Infinity && max <= 1000) {
        edge(`${label}: ${max} elements (the maximum)`, here, make(max));
        bad(`${label}: ${max + 1} elements (above the maximum ${max})`, here, 'count', make(max + 1));
      }
    }
    if (f.type.kind === 'map') {
      const { max } = countOf(f, 'map');
      if (max !== Infinity && max <= 1000) {
        const keyRules = stringRules(ctx, on(f, 'key'));
        const entries = (n: number): Record<string, unknown> | undefined => {
          const v = Object.values(current as object)[0];
          const keys = distinctKeys(keyRules, n);
          return keys.length === n ? Object.fromEntries(keys.map((k) => [k, v])) : undefined;
        };
        const atMax = entries(max);
        const over = entries(max + 1);
        if (atMax) edge(`${label}: ${max} entries (the maximum)`, here, atMax);
        if (over) bad(`${label}: ${max + 1} entries (above the maximum ${max})`, here, 'count', over);
      }
      mapKeyValueVariants(ctx, f, here, current as Record<string, unknown>, edge, bad);
      continue;
    }
    const element = f.repeated ? (current as unknown[])[0] : current;
    scalarVariants(ctx, f.type, on(f, 'value'), elementAt, elementLabel, element, edge, bad);
    if (f.type.kind === 'message' && element && typeof element === 'object') {
      const nested = ctx.model.types[f.type.ref];
      if (nested?.kind === 'message') collectVariants(ctx, nested, element as Record<string, unknown>, elementAt, boundaries, invalid, depth + 1);
    }
  }
}

/** `n` distinct keys satisfying the key rules. */
function distinctKeys(rules: StringRules, n: number): string[] {
  if (!rules.pattern) {
    const keys = range(0, n - 1).map((i) => stringOf(rules, `key${i}`, Math.min(rules.max, Math.max(rules.min, 3 + String(i).length))));
    return keys.every((k) => k !== undefined) && new Set(keys).size === n ? (keys as string[]) : [];
  }
  for (let length = Math.max(rules.min, 1); length <= Math.min(rules.max, 64); length++) {
    const keys = distinctMatches(rules.pattern, length, n);
    if (keys.length === n) return keys;
  }
  return [];
}

function distinctElement(ctx: Ctx, f: Field, i: number, depth: number): unknown {
  return scalarValue(ctx, f.type, on(f, 'value'), `${f.name}${i}`, depth);
}

type Edge = (name: string, where: PathSeg[], v: unknown) => void;
type Bad = (name: string, where: PathSeg[], constraint: string, v: unknown, remove?: boolean, reportedAt?: PathSeg[]) => void;

/** A value of the wrong JSON type, and the constraint the validator reports for it. */
function wrongType(t: FieldType): [unknown, string] {
  if ((t.kind === 'string' || t.kind === 'integer') && (t.format === 'int64' || t.format === 'uint64')) return [true, 'format'];
  if (t.kind === 'enum') return [12345, 'enum'];
  if (t.kind === 'string') return [12345, 'type'];
  return ['not-the-right-type', 'type'];
}

function scalarVariants(ctx: Ctx, t: FieldType, cs: Constraint[], at: PathSeg[], label: string, current: unknown, edge: Edge, bad: Bad): void {
  if (t.kind === 'enum') {
    bad(`${label}: not an enum value`, at, 'enum', 'NOT_A_DOCUMENTED_VALUE');
    return;
  }
  if (t.kind === 'string' && (t.format === 'int64' || t.format === 'uint64')) {
    bad(`${label}: not a decimal integer`, at, 'format', '12abc');
    intRangeVariants(cs, at, label, edge, bad, true);
    return;
  }
  if (t.kind === 'integer') {
    intRangeVariants(cs, at, label, edge, bad, t.format === 'int64' || t.format === 'uint64');
    return;
  }
  if (t.kind === 'number') {
    const r = rangeOf(cs);
    if (r.min !== undefined) {
      edge(`${label}: ${r.min} (the minimum)`, at, Number(r.min));
      bad(`${label}: below the minimum ${r.min}`, at, 'range', Number(r.min) - 1);
    }
    if (r.max !== undefined) {
      edge(`${label}: ${r.max} (the maximum)`, at, Number(r.max));
      bad(`${label}: above the maximum ${r.max}`, at, 'range', Number(r.max) + 1);
    }
    return;
  }
  if (t.kind !== 'string') return;
  if (t.format === 'date-time') bad(`${label}: not RFC 3339`, at, 'format', '17/05/2024');
  if (t.format === 'duration') bad(`${label}: not a duration`, at, 'format', '5 minutes');
  if (t.format) return;
  stringVariants(ctx, cs, at, label, current, edge, bad);
}

function stringVariants(ctx: Ctx, cs: Constraint[], at: PathSeg[], label: string, current: unknown, edge: Edge, bad: Bad): void {
  const rules = stringRules(ctx, cs);
  const seed = typeof current === 'string' ? current : 'v';
  if (rules.max !== Infinity) {
    const atMax = rules.pattern ? stringOf(rules, seed, rules.max) : astral(rules.max);
    if (atMax !== undefined) edge(`${label}: ${rules.max} characters (the maximum)`, at, atMax);
    const over = stringOf({ ...rules, max: Infinity }, seed, rules.max + 1);
    if (over !== undefined) bad(`${label}: ${rules.max + 1} characters (above the maximum ${rules.max})`, at, 'length', over);
  }
  if (rules.min > 0) {
    const atMin = stringOf(rules, seed, rules.min);
    if (atMin !== undefined) edge(`${label}: ${rules.min} characters (the minimum)`, at, atMin);
    const under = stringOf({ ...rules, min: 0 }, seed, rules.min - 1);
    if (under !== undefined) bad(`${label}: ${rules.min - 1} characters (below the minimum ${rules.min})`, at, 'length', under);
  }
  if (rules.pattern) {
    const length = typeof current === 'string' ? [...current].length : Math.max(rules.min, 1);
    const miss = nonMatchingString(rules.pattern, Math.min(Math.max(length, rules.min), rules.max));
    if (miss !== undefined) bad(`${label}: does not match \`${rules.pattern.re2}\``, at, 'pattern', miss);
  }
}

/** `n` characters outside the Basic Multilingual Plane: 2n UTF-16 units, n code points. */
function astral(n: number): string | undefined {
  return n <= 4096 ? '\u{1F600}'.repeat(n) : undefined;
}

function intRangeVariants(cs: Constraint[], at: PathSeg[], label: string, edge: Edge, bad: Bad, asString: boolean): void {
  const r = rangeOf(cs);
  const out = (v: bigint): unknown => (asString ? String(v) : Number(v));
  const listed = valuesOf(cs)?.filter((v) => /^-?\d+$/.test(v)).map((v) => BigInt(v));
  if (listed?.length) {
    const sorted = [...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    edge(`${label}: ${sorted[0]} (the smallest allowed value)`, at, out(sorted[0]!));
    edge(`${label}: ${sorted[sorted.length - 1]} (the largest allowed value)`, at, out(sorted[sorted.length - 1]!));
    // A value between or beyond the listed ones, inside any stated range.
    const gap = [sorted[sorted.length - 1]! + 1n, sorted[0]! - 1n, ...sorted.map((v) => v + 1n)].find((v) => !listed.includes(v) && (r.min === undefined || v >= BigInt(r.min)) && (r.max === undefined || v <= BigInt(r.max)));
    if (gap !== undefined) bad(`${label}: ${gap} (not an allowed value)`, at, 'values', out(gap));
    return;
  }
  if (r.min !== undefined && /^-?\d+$/.test(r.min)) {
    edge(`${label}: ${r.min} (the minimum)`, at, out(BigInt(r.min)));
    bad(`${label}: below the minimum ${r.min}`, at, 'range', out(BigInt(r.min) - 1n));
  }
  if (r.max !== undefined && /^-?\d+$/.test(r.max)) {
    edge(`${label}: ${r.max} (the maximum)`, at, out(BigInt(r.max)));
    bad(`${label}: above the maximum ${r.max}`, at, 'range', out(BigInt(r.max) + 1n));
  }
}

function mapKeyValueVariants(ctx: Ctx, f: Field, here: PathSeg[], current: Record<string, unknown>, edge: Edge, bad: Bad): void {
  const [firstKey] = Object.keys(current);
  if (firstKey === undefined || f.type.kind !== 'map') return;
  const value = current[firstKey];
  const keyRules = stringRules(ctx, on(f, 'key'));
  const label = jsonPath(here);
  // A bad key: replace the map with one entry under that key.
  const keyCases: Array<[string, string | undefined, string]> = [];
  if (keyRules.max !== Infinity) keyCases.push([`key of ${keyRules.max + 1} characters`, stringOf({ ...keyRules, max: Infinity }, firstKey, keyRules.max + 1), 'length']);
  if (keyRules.pattern) keyCases.push([`key not matching \`${keyRules.pattern.re2}\``, nonMatchingString(keyRules.pattern, Math.min(Math.max(firstKey.length, keyRules.min, 1), keyRules.max)), 'pattern']);
  for (const [name, key, constraint] of keyCases) {
    // The map is replaced by one entry under the bad key; the validator reports that entry.
    if (key !== undefined) bad(`${label}: ${name}`, here, constraint, { [key]: value }, false, [...here, key]);
  }
  if (keyRules.max !== Infinity) {
    const k = stringOf(keyRules, firstKey, keyRules.max);
    if (k !== undefined) edge(`${label}: key of ${keyRules.max} characters (the maximum)`, here, { [k]: value });
  }
  scalarVariants(ctx, f.type.value, on(f, 'mapValue'), [...here, firstKey], `${label}[${JSON.stringify(firstKey)}]`, value, edge, bad);
}

/** Strings longer than this are written as runs (`{ "$runs": [["a", 62]] }`) and expanded on import. */
export const RUNS_OVER = 64;

/** JSON of fixture data, with long strings as runs of repeated characters. */
export function fixtureJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    (_k, v: unknown) => {
      if (Array.isArray(v) && v.length > 16) {
        // Long lists (a limit of 1000 elements) of repeated elements: runs too.
        const runs: Array<[unknown, number]> = [];
        let lastJson = '';
        for (const item of v) {
          const j = JSON.stringify(item);
          const last = runs[runs.length - 1];
          if (last && j === lastJson) last[1]++;
          else runs.push([item, 1]);
          lastJson = j;
        }
        return runs.length * 3 < v.length ? { $items: runs } : v;
      }
      if (typeof v !== 'string') return v;
      const chars = [...v];
      if (chars.length <= RUNS_OVER) return v;
      const runs: Array<[string, number]> = [];
      for (const c of chars) {
        const last = runs[runs.length - 1];
        if (last && last[0] === c) last[1]++;
        else runs.push([c, 1]);
      }
      return runs.length * 3 < chars.length ? { $runs: runs } : v;
    },
    space,
  );
}
