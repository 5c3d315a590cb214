// fast-check arbitraries built from the model's constraints (independently of the emitted fixtures):
// every value they produce satisfies what the docs state.
import fc from 'fast-check';
import type { ApiModel, Constraint, Field, FieldType, MessageType } from '../../generator/model/types.js';
import { compile, translateRe2 } from '../../templates/regex.js';

const on = (f: Field, t: Constraint['target']): Constraint[] => f.constraints.filter((c) => c.target === t);

/** The tightest [min, max] of the length or count constraints among `cs`. */
function limits(cs: Constraint[], kind: 'length' | 'count'): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const c of cs) if (c.kind === kind) {
    if (c.min !== undefined) min = Math.max(min, c.min);
    if (c.max !== undefined) max = Math.min(max, c.max);
  }
  return { min, max };
}

function stringArb(cs: Constraint[]): fc.Arbitrary<string> {
  const { min, max } = limits(cs, 'length');
  const pattern = cs.find((c) => c.kind === 'pattern');
  const codePoints = (s: string): number => [...s].length;
  if (pattern?.kind === 'pattern') {
    const re = compile(translateRe2(pattern.pattern));
    return fc.stringMatching(re).filter((s) => codePoints(s) >= min && codePoints(s) <= max);
  }
  return fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, min + 12) });
}

function rangeOf(cs: Constraint[]): { min?: string; max?: string } {
  const r: { min?: string; max?: string } = {};
  for (const c of cs) if (c.kind === 'range') {
    if (c.min !== undefined) r.min = c.min;
    if (c.max !== undefined) r.max = c.max;
  }
  return r;
}

function scalar(model: ApiModel, t: FieldType, cs: Constraint[], depth: number): fc.Arbitrary<unknown> {
  const listed = cs.find((c) => c.kind === 'values');
  if (listed?.kind === 'values') {
    const asString = t.kind === 'string' || (t.kind === 'integer' && (t.format === 'int64' || t.format === 'uint64'));
    return fc.constantFrom(...listed.values.map((v) => (asString ? v : Number(v))));
  }
  switch (t.kind) {
    case 'string': {
      if (t.format === 'int64' || t.format === 'uint64') {
        const r = rangeOf(cs);
        return fc.bigInt({ min: r.min ? BigInt(r.min) : t.format === 'uint64' ? 0n : -(2n ** 63n), max: r.max ? BigInt(r.max) : 2n ** 63n - 1n }).map(String);
      }
      if (t.format === 'date-time') return fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (t.format === 'duration') return fc.integer({ min: 0, max: 100000 }).map((n) => `${n}s`);
      if (t.format === 'bytes') return fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64'));
      if (t.format === 'field-mask') return fc.constantFrom('a', 'a.b', 'title,description');
      return stringArb(cs);
    }
    case 'integer': {
      const r = rangeOf(cs);
      if (t.format === 'int64' || t.format === 'uint64') return fc.bigInt({ min: r.min ? BigInt(r.min) : -(2n ** 53n), max: r.max ? BigInt(r.max) : 2n ** 53n }).map(String);
      return fc.integer({ min: r.min ? Number(r.min) : -(2 ** 31), max: r.max ? Number(r.max) : 2 ** 31 - 1 });
    }
    case 'number': {
      const r = rangeOf(cs);
      return fc.double({ min: r.min ? Number(r.min) : -1e9, max: r.max ? Number(r.max) : 1e9, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'object':
      return fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
    case 'enum': {
      const e = model.types[t.ref];
      return fc.constantFrom(...(e?.kind === 'enum' ? e.values.map((v) => v.name) : ['X']));
    }
    case 'message': {
      const m = model.types[t.ref];
      return m?.kind === 'message' ? messageArb(model, m, depth + 1) : fc.constant({});
    }
    case 'map':
      return fc.constant({});
  }
}

export function fieldArb(model: ApiModel, f: Field, depth: number): fc.Arbitrary<unknown> {
  if (f.type.kind === 'map') {
    const { min, max } = limits(on(f, 'map'), 'count');
    return fc.dictionary(stringArb(on(f, 'key')), scalar(model, f.type.value, on(f, 'mapValue'), depth), { minKeys: min, maxKeys: Math.min(max, min + 3) });
  }
  const element = scalar(model, f.type, on(f, 'value'), depth);
  if (!f.repeated) return element;
  const { min, max } = limits(on(f, 'list'), 'count');
  return fc.array(element, { minLength: min, maxLength: Math.min(max, min + 3) });
}

/** Values of a message: optional fields sometimes, at most one member of each oneof group. */
export function messageArb(model: ApiModel, m: MessageType, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const inOneof = new Set(m.oneofs.flat());
  const required = (f: Field): boolean => f.constraints.some((c) => c.kind === 'required');
  const shallow = depth < 3;
  const plain = m.fields.filter((f) => !inOneof.has(f.name) && (shallow || required(f)));
  const base = fc.record(Object.fromEntries(plain.map((f) => [f.name, fieldArb(model, f, depth)])), {
    requiredKeys: plain.filter(required).map((f) => f.name),
  }) as fc.Arbitrary<Record<string, unknown>>;
  const groups = m.oneofs.map((g) => {
    const members = g.map((n) => m.fields.find((f) => f.name === n)).filter((f): f is Field => !!f && shallow);
    return fc.oneof(fc.constant({}), ...members.map((f) => fieldArb(model, f, depth).map((v) => ({ [f.name]: v }))));
  });
  return fc.tuple(base, ...groups).map(([b, ...gs]) => Object.assign({}, b, ...gs));
}
