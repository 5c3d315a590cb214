// `ydocgen diff` on two versions of pages written for it: a removed field, a tightened limit, a new
// required field, a new enum value, a new method, each found and classed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../generator/diff/diff.js';
import { loadModel } from '../generator/pipeline.js';
import { cli, ROOT } from './helpers.js';

const OLD = `${ROOT}/test/fixtures/diff/old`;
const NEW = `${ROOT}/test/fixtures/diff/new`;

describe('diff', () => {
  const report = diffModels(loadModel([OLD]).model, loadModel([NEW]).model);
  const find = (kind: string, field?: string) => report.changes.filter((c) => c.kind === kind && (field === undefined || c.field === field));

  it('finds and classes every change', () => {
    expect(report.changes.map((c) => [c.kind, c.breaking, c.subject, c.field ?? ''])).toEqual([
      ['field-removed', true, 'yandex.cloud.demo.v1.CreateThingRequest', 'color'],
      ['constraint-tightened', true, 'yandex.cloud.demo.v1.CreateThingRequest', 'name'],
      ['field-added', true, 'yandex.cloud.demo.v1.CreateThingRequest', 'owner'],
      ['field-removed', true, 'yandex.cloud.demo.v1.Thing', 'legacyId'],
      ['method-added', false, 'demo Thing.Get', ''],
      ['constraint-loosened', false, 'yandex.cloud.demo.v1.CreateThingRequest', 'notes'],
      ['enum-value-added', false, 'yandex.cloud.demo.v1.CreateThingRequest.Kind', ''],
    ]);
    expect(find('constraint-tightened', 'name')[0]!.message).toBe('length tightened from at most 100 to at most 50');
    expect(report).toMatchObject({ breaking: 4, nonBreaking: 3 });
  });

  it('finds nothing between a tree and itself', () => {
    expect(diffModels(loadModel([OLD]).model, loadModel([OLD]).model).changes).toEqual([]);
  });

  it('reverse direction: a removed method and a removed enum value are breaking', () => {
    const back = diffModels(loadModel([NEW]).model, loadModel([OLD]).model);
    expect(back.changes.filter((c) => c.breaking).map((c) => c.kind)).toEqual(expect.arrayContaining(['method-removed', 'enum-value-removed', 'constraint-tightened']));
  });

  it('runs as a command: markdown, json, --fail-on-breaking', () => {
    const md = cli(['diff', OLD, NEW]);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('## Breaking');
    expect(md.stdout).toContain('| yandex.cloud.demo.v1.CreateThingRequest | color | field `color` (string) removed |');
    const out = join(mkdtempSync(join(tmpdir(), 'ydocgen-diff-')), 'r.json');
    expect(cli(['diff', OLD, NEW, '--format', 'json', '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).breaking).toBe(4);
    expect(cli(['diff', OLD, NEW, '--fail-on-breaking']).status).toBe(1);
    expect(cli(['diff', OLD]).status).toBe(2);
  });
});
