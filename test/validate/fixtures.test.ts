// Every valid and boundary fixture passes its validator; every invalid variant fails with exactly the
// constraint it names, at the path it names — for the fixture pages and the whole shared corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../generator/pipeline.js';
import { FIXTURES, requireShared } from '../helpers.js';
import { corpusPackage, generatedPackage, type LoadedPackage } from '../support/corpus-package.js';

const suites: Array<[string, string[] | 'corpus']> = [
  ['fixture pages', [`${FIXTURES}/yfm`, `${FIXTURES}/legacy`, `${FIXTURES}/hostile`, `${FIXTURES}/newer`]],
  ['the shared corpus', 'corpus'],
];

describe.each(suites)('%s', (_name, inputs) => {
  let pkg: LoadedPackage;
  beforeAll(async () => {
    requireShared();
    pkg = inputs === 'corpus' ? await corpusPackage() : await generatedPackage(loadModel(inputs).model);
  }, 120_000);
  afterAll(() => pkg?.dispose());

  it('fixtures agree with validators exactly', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const service of Object.keys(pkg.fixtures).filter((k) => pkg.sdk[k] && typeof pkg.fixtures[k] === 'object')) {
      for (const [typeName, set] of Object.entries(pkg.fixtures[service] as Record<string, any>)) {
        const validate = pkg.validator(service, typeName);
        const valid = validate(set.valid);
        if (valid.length) problems.push(`${typeName} valid: ${JSON.stringify(valid)}`);
        for (const b of set.boundaries) {
          const r = validate(b.value);
          if (r.length) problems.push(`${typeName} boundary "${b.name}": ${JSON.stringify(r)}`);
        }
        for (const inv of set.invalid) {
          const r = validate(inv.value);
          if (r.length !== 1 || r[0].constraint !== inv.constraint || r[0].path !== inv.path) problems.push(`${typeName} invalid "${inv.name}" (${inv.constraint} at ${inv.path}): ${JSON.stringify(r)}`);
        }
        checked += 1 + set.boundaries.length + set.invalid.length;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('emits no fixture or pattern warnings', () => {
    expect(pkg.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([]);
  });
});
