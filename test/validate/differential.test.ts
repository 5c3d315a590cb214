// Differential: on random inputs (valid and mutated), our validators and ajv on the schemas of our own
// OpenAPI export give the same verdict wherever JSON Schema can express the rule.
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenApi } from '../../generator/openapi/export.js';
import { loadModel } from '../../generator/pipeline.js';
import { serviceTypeNames } from '../../templates/names.js';
import { requireShared } from '../helpers.js';
import { messageArb } from '../support/arbitraries.js';
import { corpusPackage, type LoadedPackage } from '../support/corpus-package.js';
import { forAjv } from '../support/json-schema.js';

const { model } = loadModel([requireShared()]);
let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await corpusPackage();
}, 120_000);
afterAll(() => pkg?.dispose());

/** Our issue kinds JSON Schema (as exported) cannot express. */
const INEXPRESSIBLE = new Set(['oneof', 'format', 'range']);

/** A random change somewhere in the value: drop, retype, stretch or add a key. */
function mutate(v: unknown, rng: () => number): unknown {
  if (Array.isArray(v)) {
    if (v.length && rng() < 0.7) {
      const i = Math.floor(rng() * v.length);
      const copy = [...v];
      copy[i] = mutate(v[i], rng);
      return copy;
    }
    return rng() < 0.5 ? [] : [...v, ...v, ...v];
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const r = rng();
    if (keys.length && r < 0.6) {
      const k = keys[Math.floor(rng() * keys.length)]!;
      copy[k] = mutate(copy[k], rng);
    } else if (keys.length && r < 0.8) delete copy[keys[Math.floor(rng() * keys.length)]!];
    else copy['zzUnknown'] = 1;
    return copy;
  }
  if (typeof v === 'string') return rng() < 0.5 ? v + 'x'.repeat(300) : rng() < 0.5 ? '' : 42;
  if (typeof v === 'number') return rng() < 0.5 ? String(v) : -v * 1e12;
  if (typeof v === 'boolean') return 'true';
  return null;
}

describe('our validators against ajv on the OpenAPI export', () => {
  it('agree on valid and mutated inputs', () => {
    const doc = toOpenApi(model).document as { components: { schemas: Record<string, unknown> } };
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: true, validateFormats: false });
    ajv.addSchema({ $id: 'api', components: { schemas: Object.fromEntries(Object.entries(doc.components.schemas).map(([k, v]) => [k, forAjv(v)])) } } as object);
    let compared = 0;
    let rejectedByBoth = 0;
    const disagreements: string[] = [];
    for (const s of model.services) {
      const names = serviceTypeNames(model, s).types;
      for (const [full, ts] of names) {
        const t = model.types[full];
        if (t?.kind !== 'message') continue;
        const ajvValidate = ajv.getSchema(`api#/components/schemas/${full}`)!;
        const ours = pkg.validator(s.id, ts);
        fc.assert(
          fc.property(messageArb(model, t), fc.integer(), fc.boolean(), (v, seed, doMutate) => {
            let x = seed;
            const rng = (): number => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
            const input = doMutate ? mutate(v, rng) : v;
            const issues = ours(input) as Array<{ constraint: string }>;
            const theirs = ajvValidate(input) as boolean;
            compared++;
            if (!theirs && issues.length) rejectedByBoth++;
            const oursOk = issues.length === 0;
            if (oursOk === theirs) return;
            if (!oursOk && issues.every((i) => INEXPRESSIBLE.has(i.constraint))) return;
            disagreements.push(`${full}: ours ${JSON.stringify(issues)}, ajv ${JSON.stringify(ajvValidate.errors)} on ${JSON.stringify(input).slice(0, 200)}`);
          }),
          { numRuns: 20, seed: 42 },
        );
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
    expect(rejectedByBoth).toBeGreaterThan(500);
  }, 120_000);
});
