import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Field, MessageType, TypeDef } from '../../generator/model/types.js';
import { type PageModel, readPage } from '../../generator/parse/page.js';
import { ROOT } from '../helpers.js';

function page(rel: string): PageModel {
  return readPage(rel, readFileSync(resolve(ROOT, rel), 'utf8'));
}
function message(p: PageModel, name: string): MessageType {
  const t = p.types.find((x: TypeDef) => x.name === name);
  if (t?.kind !== 'message') throw new Error(`no message ${name} on ${p.file}`);
  return t;
}
function field(m: MessageType, name: string): Field {
  const f = m.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name} in ${m.name}`);
  return f;
}
const bare = (f: Field) => f.constraints.map(({ sentence: _s, location: _l, ...c }) => c);
const problems = (p: PageModel) => p.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.location.line}:${d.location.column} ${d.severity} ${d.rule}`);

const GADGET = 'test/fixtures/pages/yfm/widget/api-ref/Gadget/create.md';

describe('a #| page with every form', () => {
  const p = page(GADGET);
  const body = message(p, 'yandex.cloud.widget.v2.CreateGadgetRequest');

  it('reads title, description and endpoint', () => {
    expect(problems(p)).toEqual([]);
    expect(p).toMatchObject({ kind: 'method', layout: 'yfm', apiTitle: 'Widget API', serviceId: 'widget', resource: 'Gadget' });
    expect(p.method!.name).toBe('Create');
    expect(p.method!.description).toBe('Makes a gadget in a folder.\nGadgets are small.');
    expect(p.method!.http).toEqual({
      verb: 'POST',
      host: 'widget.{{ api-host }}',
      hostVariables: ['api-host'],
      path: '/widget/v2/folders/{folderId}/gadgets',
      pathParams: ['folderId'],
    });
    expect(p.method!.body).toBe(body.name);
    expect(p.method!.pathParams.map((f) => [f.name, f.type, bare(f)])).toEqual([
      ['folderId', { kind: 'string' }, [{ kind: 'required', target: 'value' }, { kind: 'length', target: 'value', max: 40 }]],
    ]);
  });

  it('reads every type notation', () => {
    const types = Object.fromEntries(body.fields.map((f) => [f.name + (f.repeated ? '[]' : ''), f.type]));
    expect(types).toEqual({
      name: { kind: 'string' },
      'sizes[]': { kind: 'string' },
      tags: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } },
      shape: { kind: 'enum', ref: 'yandex.cloud.widget.v2.CreateGadgetRequest.Shape' },
      color: { kind: 'string' },
      weightGrams: { kind: 'string', format: 'int64' },
      ratio: { kind: 'number', format: 'double' },
      visible: { kind: 'boolean' },
      legacyCode: { kind: 'string' },
      round: { kind: 'message', ref: 'yandex.cloud.widget.v2.Round' },
      square: { kind: 'message', ref: 'yandex.cloud.widget.v2.Square' },
      'parts[]': { kind: 'message', ref: 'yandex.cloud.widget.v2.Part' },
      language: { kind: 'string' },
      ttl: { kind: 'string', format: 'duration' },
      blob: { kind: 'string', format: 'bytes' },
      mask: { kind: 'string', format: 'field-mask' },
      count32: { kind: 'integer', format: 'int32' },
      when: { kind: 'string', format: 'date-time' },
      extra: { kind: 'object' },
    });
  });

  it('reads every constraint sentence, aimed at the right target', () => {
    expect(bare(field(body, 'name'))).toEqual([
      { kind: 'required', target: 'value' },
      { kind: 'length', target: 'value', min: 3, max: 63 },
      { kind: 'pattern', target: 'value', pattern: '[a-z][-a-z0-9]*' },
    ]);
    expect(bare(field(body, 'sizes'))).toEqual([
      { kind: 'count', target: 'list', min: 1, max: 5 },
      { kind: 'length', target: 'value', max: 12 },
      { kind: 'pattern', target: 'value', pattern: '[SML]|X{1,3}L' },
    ]);
    expect(bare(field(body, 'tags'))).toEqual([
      { kind: 'count', target: 'map', max: 8 },
      { kind: 'length', target: 'key', max: 20 },
      { kind: 'pattern', target: 'key', pattern: '[a-z]+|[0-9]+' },
      { kind: 'length', target: 'mapValue', max: 10 },
    ]);
    expect(bare(field(body, 'weightGrams'))).toEqual([{ kind: 'range', target: 'value', min: '1', max: '100000' }]);
    expect(bare(field(body, 'ratio'))).toEqual([
      { kind: 'range', target: 'value', min: '0' },
      { kind: 'range', target: 'value', max: '1' },
    ]);
    expect(bare(field(body, 'parts'))).toEqual([{ kind: 'count', target: 'list', max: 3 }]);
    expect(bare(field(body, 'language'))).toEqual([{ kind: 'pattern', target: 'value', pattern: '|eng|rus' }]);
    expect(bare(field(body, 'count32'))).toEqual([{ kind: 'range', target: 'value', min: '-5' }]);
    expect(field(body, 'name').constraints[1]).toMatchObject({ sentence: 'The string length in characters must be 3-63.', location: { file: GADGET, line: 152 } });
  });

  it('reads enums, oneofs, deprecation and descriptions', () => {
    const shape = p.types.find((t) => t.name === 'yandex.cloud.widget.v2.CreateGadgetRequest.Shape');
    expect(shape).toMatchObject({
      kind: 'enum',
      values: [
        { name: 'SHAPE_UNSPECIFIED', description: '' },
        { name: 'ROUND', description: 'Round, like a coin.\nRolls away easily.' },
        { name: 'SQUARE', description: 'Square, like a tile.' },
      ],
    });
    expect(body.oneofs).toEqual([['round', 'square']]);
    expect(field(body, 'legacyCode').deprecated).toBe(true);
    expect(field(body, 'name').deprecated).toBe(false);
    expect(field(body, 'color').description).toBe('Colour name; the docs write `a.b` here so dots in code stay put.');
    expect(field(body, 'visible').description).toBe('');
  });

  it('lifts the Operation metadata and response types into the method', () => {
    expect(p.method!.response).toEqual({ status: 200, statusText: 'OK', type: 'yandex.cloud.operation.Operation' });
    expect(p.method!.operation).toEqual({ metadata: 'yandex.cloud.widget.v2.CreateGadgetMetadata', response: 'yandex.cloud.widget.v2.Gadget' });
    const op = message(p, 'yandex.cloud.operation.Operation');
    expect(field(op, 'metadata').type).toEqual({ kind: 'object' });
    expect(op.oneofs).toEqual([['error', 'response']]);
  });

  it('treats a second section with a numbered anchor as the same type', () => {
    expect(p.types.map((t) => t.name)).not.toContain('yandex.cloud.widget.v2.Part2');
    expect(field(message(p, 'yandex.cloud.widget.v2.Gadget'), 'part').type).toEqual({ kind: 'message', ref: 'yandex.cloud.widget.v2.Part' });
    expect(field(message(p, 'yandex.cloud.widget.v2.Part'), 'settings').type).toEqual({ kind: 'message', ref: 'yandex.cloud.widget.v2.PartSettings' });
  });

  it('keeps the JSON examples', () => {
    expect(p.method!.examples.map((e) => [e.part, e.location.line])).toEqual([
      ['body', 107],
      ['response', 253],
    ]);
  });
});

describe('an older page (GFM pipe tables, <br>-flattened fields)', () => {
  const p = page('test/fixtures/pages/legacy/gizmo/api-ref/Sprocket/update.md');
  const pkg = 'yandex.cloud.gizmo.v1.SprocketService';

  it('reads the same model', () => {
    expect(problems(p)).toEqual([]);
    expect(p).toMatchObject({ kind: 'method', layout: 'legacy', serviceId: 'gizmo', resource: 'Sprocket' });
    expect(p.method).toMatchObject({ name: 'Update', description: 'Changes a sprocket.', query: `${pkg}.UpdateQuery`, body: `${pkg}.UpdateBody` });
    expect(p.method!.http).toMatchObject({ verb: 'PATCH', host: 'gizmo.api.cloud.yandex.net', hostVariables: [], path: '/gizmo/v1/sprockets/{sprocketId}' });
    expect(p.method!.pathParams.map((f) => [f.name, f.type, bare(f)])).toEqual([
      ['sprocketId', { kind: 'string' }, [{ kind: 'required', target: 'value' }, { kind: 'length', target: 'value', max: 50 }]],
    ]);
    const q = message(p, `${pkg}.UpdateQuery`);
    expect(q.fields.map((f) => [f.name, f.type, bare(f)])).toEqual([
      ['dryRun', { kind: 'string' }, []],
      ['limit', { kind: 'integer', format: 'int64' }, [{ kind: 'range', target: 'value', min: '1', max: '1000' }]],
    ]);
  });

  it('folds flattened rows back into nested messages', () => {
    const body = message(p, `${pkg}.UpdateBody`);
    expect(field(body, 'gears')).toMatchObject({ repeated: true, type: { kind: 'message', ref: `${pkg}.UpdateBody.Gears` } });
    const gears = message(p, `${pkg}.UpdateBody.Gears`);
    expect(gears.synthetic).toBe(true);
    expect(gears.fields.map((f) => f.name)).toEqual(['size', 'spec']);
    expect(field(gears, 'size').description).toBe('Size class & name.\n\nThe maximum string length in characters is 8.');
    expect(bare(field(gears, 'size'))).toEqual([{ kind: 'length', target: 'value', max: 8 }]);
    expect(field(message(p, `${pkg}.UpdateBody.Gears.Spec`), 'pitch').type).toEqual({ kind: 'number', format: 'double' });
    expect(bare(field(body, 'gears'))).toEqual([{ kind: 'count', target: 'list', max: 4 }]);
    // "`mount` includes only one of the fields …" belongs to the nested message.
    const mount = message(p, `${pkg}.UpdateBody.Mount`);
    expect(mount.oneofs).toEqual([['bolted', 'welded']]);
    expect(field(message(p, `${pkg}.UpdateBody.Mount.Bolted`), 'bolts').type).toEqual({ kind: 'integer', format: 'int64' });
  });

  it('reads the HTML in cells: paragraphs, lists as enums, maps from key constraints', () => {
    const body = message(p, `${pkg}.UpdateBody`);
    expect(bare(field(body, 'updateMask'))).toEqual([{ kind: 'required', target: 'value' }]);
    expect(field(body, 'teeth').type).toEqual({ kind: 'integer', format: 'int64' });
    expect(bare(field(body, 'teeth'))).toEqual([{ kind: 'range', target: 'value', min: '6', max: '200' }]);
    expect(field(body, 'labels').type).toEqual({ kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } });
    expect(bare(field(body, 'labels'))).toEqual([
      { kind: 'count', target: 'map', max: 16 },
      { kind: 'length', target: 'key', max: 63 },
      { kind: 'pattern', target: 'key', pattern: '[a-z][-_0-9a-z]*' },
      { kind: 'length', target: 'mapValue', max: 63 },
    ]);
    expect(field(body, 'material').type).toEqual({ kind: 'enum', ref: `${pkg}.UpdateBody.Material` });
    expect(p.types.find((t) => t.name === `${pkg}.UpdateBody.Material`)).toMatchObject({
      values: [
        { name: 'STEEL', description: 'Strong and heavy.' },
        { name: 'BRASS', description: 'Shiny.' },
      ],
    });
  });

  it('recognises the unnamed Operation response', () => {
    expect(p.method!.response.type).toBe('yandex.cloud.operation.Operation');
    const op = message(p, 'yandex.cloud.operation.Operation');
    expect(op.synthetic).toBe(true);
    expect(op.oneofs).toEqual([['error', 'response']]);
    expect(field(op, 'error').type).toEqual({ kind: 'message', ref: 'yandex.cloud.operation.Operation.Error' });
  });
});

describe('a page in the newer wording', () => {
  const p = page('test/fixtures/pages/newer/pond/api-ref/Duck/create.md');
  const body = message(p, 'yandex.cloud.pond.v1.CreateDuckRequest');
  it('reads its sentences and type cells into the same model', () => {
    expect(problems(p)).toEqual([]);
    expect(bare(field(body, 'pondId'))).toEqual([
      { kind: 'length', target: 'value', max: 50 },
      { kind: 'required', target: 'value' },
    ]);
    expect(bare(field(body, 'name'))).toEqual([{ kind: 'pattern', target: 'value', pattern: '|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?' }]);
    expect(bare(field(body, 'tags'))).toEqual([
      { kind: 'pattern', target: 'key', pattern: '[a-z][-_0-9a-z]*' },
      { kind: 'length', target: 'key', min: 1, max: 63 },
      { kind: 'length', target: 'mapValue', max: 63 },
      { kind: 'count', target: 'map', max: 16 },
    ]);
    expect(field(body, 'weight')).toMatchObject({ type: { kind: 'string', format: 'int64' } });
    expect(bare(field(body, 'weight'))).toEqual([{ kind: 'range', target: 'value', min: '100', max: '5000' }]);
    expect(field(body, 'swims').type).toEqual({ kind: 'boolean' });
    expect(bare(field(body, 'wings'))).toEqual([{ kind: 'values', target: 'value', values: ['0', '1', '2'] }]);
    expect(bare(field(body, 'eggs'))).toEqual([{ kind: 'values', target: 'value', values: ['0', '3', '7'] }]);
    expect(field(body, 'mood').type).toEqual({ kind: 'enum', ref: 'yandex.cloud.pond.v1.CreateDuckRequest.Mood' });
    expect(field(body, 'napTime').type).toEqual({ kind: 'string', format: 'duration' });
  });
});

describe('an untidy page', () => {
  const p = page('test/fixtures/pages/untidy/mess-get.md');

  it('reads CRLF, trailing spaces, entities, escaped pipes and host variables without braces spacing', () => {
    expect(problems(p)).toEqual([]);
    expect(p).toMatchObject({ apiTitle: 'Tidy API', resource: 'Mess', serviceId: 'tidy' });
    expect(p.method!.name).toBe('Get');
    expect(p.method!.description).toBe('Gets a mess by \\<id> or by <name>.');
    expect(p.method!.http).toMatchObject({ host: '{{ api-host-tidy }}', hostVariables: ['api-host-tidy'], path: '/tidy/v1/messes/{messId}' });
    const id = p.method!.pathParams[0]!;
    expect(id.description).toBe('Required field. The mess, for example `a\\|b` or a|b.');
    const mess = message(p, 'yandex.cloud.tidy.v1.Mess');
    expect(mess.fields.map((f) => f.name)).toEqual(['id', 'note', 'when']);
    expect(field(mess, 'note').description).toContain('a | b || c');
    expect(bare(field(mess, 'note'))).toEqual([{ kind: 'length', target: 'value', max: 5 }]);
    expect(field(mess, 'when')).toMatchObject({ type: { kind: 'string', format: 'date-time' }, description: '', location: { line: 41 } });
  });
});

describe('a broken page', () => {
  const p = page('test/fixtures/pages/bad/broken.md');
  it('reports each problem with its line and rule, and drops nothing silently', () => {
    expect(problems(p).sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '6:1 error method/bad-http-request',
      '13:14 error type-cell/unknown',
      '18:1 warning constraint/unrecognized',
      '29:11 error enum/no-values',
      '32:1 error table/cell-count',
      '35:1 error yfm-table/unclosed',
    ]);
    expect(p.diagnostics.find((d) => d.rule === 'type-cell/unknown')!.message).toContain('unknown type "strang"');
  });
});

describe('index pages', () => {
  it('reads a resource index for its description', () => {
    const p = page('test/fixtures/pages/yfm/widget/api-ref/Gadget/index.md');
    expect(p).toMatchObject({ kind: 'resource-index', resource: 'Gadget', description: 'Gadget management service.' });
  });
  it('reads an older resource index and says what it skips', () => {
    const p = page('test/fixtures/pages/legacy/gizmo/api-ref/Sprocket/index.md');
    expect(p).toMatchObject({ kind: 'resource-index', resource: 'Sprocket', layout: 'legacy' });
    expect(p.diagnostics.map((d) => d.rule)).toEqual(['page/section-skipped']);
  });
});

describe('snapshots of the model', () => {
  it.each(['spec/thumbnail-batchGenerateDownloadURLs.md', GADGET, 'test/fixtures/pages/legacy/gizmo/api-ref/Sprocket/update.md'])('%s', (rel) => {
    expect(page(rel)).toMatchSnapshot();
  });
});
