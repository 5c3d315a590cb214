// Property-based: values generated from the model's constraints are accepted; a single mutation that
// breaks one documented constraint is rejected with that constraint, at that path.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field, MessageType } from '../../generator/model/types.js';
import { loadModel } from '../../generator/pipeline.js';
import { paramsMessage } from '../../templates/validators.js';
import { paramsTypeName, serviceTypeNames } from '../../templates/names.js';
import { requireShared } from '../helpers.js';
import { messageArb } from '../support/arbitraries.js';
import { corpusPackage, type LoadedPackage } from '../support/corpus-package.js';

const { model } = loadModel([requireShared()]);
let pkg: LoadedPackage;
beforeAll(async () => {
  pkg = await corpusPackage();
}, 120_000);
afterAll(() => pkg?.dispose());

/** Every message and method request, with its service and validator name. */
function subjects(): Array<[string, string, MessageType]> {
  const out: Array<[string, string, MessageType]> = [];
  for (const s of model.services) {
    const names = serviceTypeNames(model, s).types;
    for (const [full, ts] of names) {
      const t = model.types[full];
      if (t?.kind === 'message') out.push([s.id, ts, t]);
    }
    for (const r of s.resources) for (const m of r.methods) out.push([s.id, paramsTypeName(r, m), paramsMessage(model, r, m)]);
  }
  return out;
}

type Mutation = { path: string; constraint: string; apply: (v: Record<string, unknown>) => void };

/** Mutations of top-level fields that break exactly one constraint. */
function mutations(m: MessageType, value: Record<string, unknown>): Mutation[] {
  const out: Mutation[] = [{ path: '__extra__', constraint: 'unknown', apply: (v) => (v['__extra__'] = 1) }];
  // Setting a oneof member the value does not hold could break the group too: only mutate members it holds.
  const inOneof = new Set(m.oneofs.flat());
  for (const f of m.fields as Field[]) {
    if (inOneof.has(f.name) && value[f.name] === undefined) continue;
    const required = f.constraints.some((c) => c.kind === 'required');
    if (required) out.push({ path: f.name, constraint: 'required', apply: (v) => delete v[f.name] });
    if (f.type.kind === 'enum' && !f.repeated) out.push({ path: f.name, constraint: 'enum', apply: (v) => (v[f.name] = 'NO_SUCH_VALUE') });
    if (f.type.kind === 'boolean' && !f.repeated) out.push({ path: f.name, constraint: 'type', apply: (v) => (v[f.name] = 'yes') });
    if (f.repeated) {
      out.push({ path: f.name, constraint: 'type', apply: (v) => (v[f.name] = {}) });
      const count = f.constraints.find((c) => c.kind === 'count' && c.target === 'list' && c.max !== undefined && c.max <= 200);
      const current = value[f.name];
      if (count?.kind === 'count' && Array.isArray(current) && current.length > 0) {
        out.push({ path: f.name, constraint: 'count', apply: (v) => (v[f.name] = Array.from({ length: count.max! + 1 }, () => structuredClone(current[0]))) });
      }
    }
    const len = f.constraints.find((c) => c.kind === 'length' && c.target === 'value' && c.max !== undefined);
    const hasPattern = f.constraints.some((c) => c.kind === 'pattern' && c.target === 'value');
    if (len?.kind === 'length' && !f.repeated && !hasPattern && f.type.kind === 'string' && !f.type.format) {
      out.push({ path: f.name, constraint: 'length', apply: (v) => (v[f.name] = 'x'.repeat(len.max! + 1)) });
    }
  }
  return out;
}

describe('validators, property-based', () => {
  const all = subjects();

  it('accept every value generated from the documented constraints', () => {
    expect(all.length).toBeGreaterThan(250);
    for (const [service, name, m] of all) {
      const validate = pkg.validator(service, name);
      fc.assert(
        fc.property(messageArb(model, m), (v) => {
          const issues = validate(v);
          if (issues.length) throw new Error(`${name} rejected ${JSON.stringify(v)}: ${JSON.stringify(issues)}`);
        }),
        { numRuns: 15, seed: 20261203 },
      );
    }
  }, 120_000);

  it('reject a value with one constraint broken, naming it', () => {
    let checked = 0;
    for (const [service, name, m] of all) {
      const validate = pkg.validator(service, name);
      fc.assert(
        fc.property(messageArb(model, m), fc.nat(), (v, pick) => {
          const ms = mutations(m, v);
          const mu = ms[pick % ms.length]!;
          const copy = structuredClone(v);
          mu.apply(copy);
          const issues = validate(copy);
          checked++;
          if (issues.length !== 1 || issues[0].constraint !== mu.constraint || issues[0].path !== mu.path) {
            throw new Error(`${name}: after breaking ${mu.constraint} at ${mu.path}: ${JSON.stringify(issues)}`);
          }
        }),
        { numRuns: 10, seed: 7 },
      );
    }
    expect(checked).toBeGreaterThan(2500);
  }, 120_000);
});
