// Validation throughput: ydocgen's generated validators against zod and ajv on the same schemas and the
// same inputs (every valid, boundary and invalid fixture of the corpus), in one run, printed as ratios.
// zod schemas are built from the model here (zod counts UTF-16 units, not code points: it is given the
// same limits anyway); ajv runs on our OpenAPI export with the docs' full-match patterns.
// Run: npx tsx bench/validate.ts [docs dir]
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Ajv } from 'ajv';
import { z } from 'zod';
import type { ApiModel, Constraint, Field, FieldType, MessageType } from '../generator/model/types.js';
import { toOpenApi } from '../generator/openapi/export.js';
import { loadModel } from '../generator/pipeline.js';
import { serviceTypeNames } from '../templates/names.js';
import { compile, translateRe2 } from '../templates/regex.js';
import { forAjv } from '../test/support/json-schema.js';
import { generatedPackage } from '../test/support/corpus-package.js';

const ROOT = resolve(import.meta.dirname, '..');

const docs = process.argv[2] ?? resolve(ROOT, '../shared/yandex-docs');
const { model } = loadModel([docs]);
const pkg = await generatedPackage(model, 'bench');

type Schema = z.ZodType;
const cache = new Map<string, Schema>();

function zodString(cs: Constraint[]): Schema {
  let s = z.string();
  for (const c of cs) {
    if (c.kind === 'length' && c.min !== undefined) s = s.min(c.min);
    if (c.kind === 'length' && c.max !== undefined) s = s.max(c.max);
    if (c.kind === 'pattern') s = s.regex(compile(translateRe2(c.pattern)));
  }
  return s;
}
function zodType(t: FieldType, cs: Constraint[]): Schema {
  switch (t.kind) {
    case 'string':
      if (t.format === 'int64' || t.format === 'uint64') return z.union([z.string().regex(/^-?(0|[1-9]\d*)$/), z.number().int()]);
      if (t.format === 'date-time') return z.string().datetime({ offset: true });
      return zodString(cs);
    case 'integer': {
      if (t.format === 'int64') return z.union([z.string().regex(/^-?(0|[1-9]\d*)$/), z.number().int()]);
      let n = z.number().int();
      for (const c of cs) if (c.kind === 'range') {
        if (c.min !== undefined) n = n.min(Number(c.min));
        if (c.max !== undefined) n = n.max(Number(c.max));
      }
      return n;
    }
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'object':
      return z.record(z.string(), z.unknown());
    case 'enum': {
      const e = model.types[t.ref];
      return z.enum((e?.kind === 'enum' ? e.values.map((v) => v.name) : ['X']) as [string, ...string[]]);
    }
    case 'message':
      return z.lazy(() => zodMessage(model.types[t.ref] as MessageType));
    case 'map':
      return z.record(z.string(), z.unknown());
  }
}
function zodField(f: Field): Schema {
  const on = (t: Constraint['target']): Constraint[] => f.constraints.filter((c) => c.target === t);
  if (f.type.kind === 'map') return z.record(zodString(on('key')) as z.ZodString, zodType(f.type.value, on('mapValue')));
  let s: Schema = zodType(f.type, on('value'));
  if (f.repeated) {
    let a = z.array(s);
    for (const c of on('list')) if (c.kind === 'count') {
      if (c.min !== undefined) a = a.min(c.min);
      if (c.max !== undefined) a = a.max(c.max);
    }
    s = a;
  }
  return f.constraints.some((c) => c.kind === 'required') ? s : s.optional();
}
function zodMessage(m: MessageType): Schema {
  const hit = cache.get(m.name);
  if (hit) return hit;
  const obj = z.strictObject(Object.fromEntries(m.fields.map((f) => [f.name, zodField(f)])));
  const s = m.oneofs.length
    ? obj.superRefine((v, ctx) => {
        for (const g of m.oneofs) if (g.filter((n) => (v as Record<string, unknown>)[n] !== undefined).length > 1) ctx.addIssue({ code: 'custom', message: 'oneof' });
      })
    : obj;
  cache.set(m.name, s);
  return s;
}

const doc = toOpenApi(model).document as { components: { schemas: Record<string, unknown> } };
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: true, validateFormats: false });
ajv.addSchema({ $id: 'api', components: { schemas: Object.fromEntries(Object.entries(doc.components.schemas).map(([k, v]) => [k, forAjv(v)])) } } as object);

interface Case {
  ours: (v: unknown) => unknown[];
  zod: Schema;
  ajv: (v: unknown) => boolean;
  inputs: unknown[];
  valid: number;
}
const cases: Case[] = [];
for (const s of model.services) {
  const names = serviceTypeNames(model, s).types;
  for (const [full, ts] of names) {
    const t = model.types[full];
    const fx = pkg.fixtures[s.id]?.[ts];
    if (t?.kind !== 'message' || !fx) continue;
    const valid = [fx.valid, ...fx.boundaries.map((b: { value: unknown }) => b.value)];
    const invalid = fx.invalid.map((i: { value: unknown }) => i.value);
    cases.push({ ours: pkg.validator(s.id, ts), zod: zodMessage(t), ajv: ajv.getSchema(`api#/components/schemas/${full}`)!, inputs: [...valid, ...invalid], valid: valid.length });
  }
}

function measure(name: string, run: (c: Case, v: unknown) => unknown, which: 'valid' | 'invalid'): number {
  const pick = (c: Case): unknown[] => (which === 'valid' ? c.inputs.slice(0, c.valid) : c.inputs.slice(c.valid));
  let sink = 0;
  // Warm up, then time a fixed amount of work.
  for (let i = 0; i < 20; i++) for (const c of cases) for (const v of pick(c)) sink ^= run(c, v) ? 1 : 0;
  const rounds = 200;
  const start = performance.now();
  let n = 0;
  for (let i = 0; i < rounds; i++)
    for (const c of cases)
      for (const v of pick(c)) {
        sink ^= run(c, v) ? 1 : 0;
        n++;
      }
  const ms = performance.now() - start;
  if (sink === 42) console.log(name);
  return (n / ms) * 1000;
}

const rows: Record<string, Record<string, number>> = {};
for (const which of ['valid', 'invalid'] as const) {
  const ours = measure('ours', (c, v) => c.ours(v).length === 0, which);
  const zodOps = measure('zod', (c, v) => c.zod.safeParse(v).success, which);
  const ajvOps = measure('ajv', (c, v) => c.ajv(v), which);
  rows[which] = { 'ydocgen ops/s': Math.round(ours), 'zod ops/s': Math.round(zodOps), 'ajv ops/s': Math.round(ajvOps), 'vs zod': +(ours / zodOps).toFixed(2), 'vs ajv': +(ours / ajvOps).toFixed(2) };
}
const inputs = cases.reduce((n, c) => n + c.inputs.length, 0);
console.log(`${cases.length} message types, ${inputs} inputs (valid+boundary / invalid fixtures); zod 4, ajv 8`);
console.table(rows);
pkg.dispose();
