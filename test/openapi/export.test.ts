import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { toOpenApi } from '../../generator/openapi/export.js';
import { loadModel } from '../../generator/pipeline.js';
import { FIXTURES, requireShared } from '../helpers.js';

type J = Record<string, any>;

async function validate(doc: object): Promise<void> {
  const v = new Validator();
  const r = await v.validate(doc as J);
  expect(r.errors ?? []).toEqual([]);
  expect(v.version).toBe('3.1');
  expect(r.valid).toBe(true);
}

describe('OpenAPI export of the fixture pages', () => {
  const { model } = loadModel([`${FIXTURES}/yfm`, `${FIXTURES}/legacy`]);
  const doc = toOpenApi(model).document as J;
  const schemas = doc.components.schemas as Record<string, J>;

  it('is valid OpenAPI 3.1', async () => {
    await validate(doc);
  });

  it('has one operation per method page, with unique ids and per-operation servers', () => {
    const ops = Object.entries(doc.paths as Record<string, J>).flatMap(([path, item]) => Object.entries(item).map(([verb, op]): J => ({ path, verb, ...(op as J) })));
    expect(ops.map((o) => `${o.verb} ${o.path} ${o.operationId}`).sort()).toEqual([
      'get /gizmo/v1/sprockets/{sprocketId} gizmo.Sprocket.Get',
      'get /widget/v2/gadgets widget.Gadget.List',
      'patch /gizmo/v1/sprockets/{sprocketId} gizmo.Sprocket.Update',
      'post /widget/v2/folders/{folderId}/gadgets widget.Gadget.Create',
    ]);
    const create = doc.paths['/widget/v2/folders/{folderId}/gadgets'].post;
    expect(create.servers).toEqual([{ url: 'https://widget.{api-host}', variables: { 'api-host': { default: 'api.cloud.yandex.net' } } }]);
    expect(doc.paths['/gizmo/v1/sprockets/{sprocketId}'].get.servers).toEqual([{ url: 'https://{api-host-gizmo}', variables: { 'api-host-gizmo': { default: 'api-host-gizmo.invalid' } } }]);
  });

  it('puts path and query fields in parameters (nested query fields dotted), the body in requestBody', () => {
    const create = doc.paths['/widget/v2/folders/{folderId}/gadgets'].post;
    expect(create.parameters).toEqual([
      expect.objectContaining({ name: 'folderId', in: 'path', required: true, schema: expect.objectContaining({ type: 'string', maxLength: 40 }) }),
    ]);
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/yandex.cloud.widget.v2.CreateGadgetRequest' });
    expect(create['x-yc-operation']).toEqual({ metadata: 'yandex.cloud.widget.v2.CreateGadgetMetadata', response: 'yandex.cloud.widget.v2.Gadget' });
    expect(create.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/yandex.cloud.operation.Operation' });
    const list = doc.paths['/widget/v2/gadgets'].get;
    expect(list.parameters.map((p: J) => [p.name, p.in, p.required ?? false, p.schema.type])).toEqual([
      ['folderId', 'query', true, 'string'],
      ['pageSize', 'query', false, 'string'],
      ['pageToken', 'query', false, 'string'],
      ['filter.nameContains', 'query', false, 'string'],
      ['filter.shapes', 'query', false, 'array'],
    ]);
    expect(list.parameters[4]).toMatchObject({ style: 'form', explode: true });
    expect(list['x-yc-operation']).toBeUndefined();
  });

  it('writes constraints as the standard keywords', () => {
    const req = schemas['yandex.cloud.widget.v2.CreateGadgetRequest']!;
    const p = req.properties;
    expect(req.required).toEqual(['name']);
    expect(req['x-yc-oneofs']).toEqual([['round', 'square']]);
    expect(p.name).toMatchObject({ type: 'string', minLength: 3, maxLength: 63, pattern: '[a-z][-a-z0-9]*' });
    expect(p.sizes).toMatchObject({ type: 'array', minItems: 1, maxItems: 5, items: { type: 'string', maxLength: 12, pattern: '[SML]|X{1,3}L' } });
    expect(p.tags).toMatchObject({
      type: 'object',
      maxProperties: 8,
      propertyNames: { type: 'string', maxLength: 20, pattern: '[a-z]+|[0-9]+' },
      additionalProperties: { type: 'string', maxLength: 10 },
    });
    expect(p.shape).toMatchObject({ type: 'string', enum: ['SHAPE_UNSPECIFIED', 'ROUND', 'SQUARE'], 'x-yc-enum': 'yandex.cloud.widget.v2.CreateGadgetRequest.Shape' });
    expect(p.weightGrams).toMatchObject({ type: 'string', format: 'int64', minimum: 1, maximum: 100000 });
    expect(p.ratio).toMatchObject({ type: 'number', format: 'double', minimum: 0, maximum: 1 });
    expect(p.count32).toMatchObject({ type: 'integer', format: 'int32', minimum: -5 });
    expect(p.legacyCode).toMatchObject({ deprecated: true });
    expect(p.ttl.format).toBe('duration');
    expect(p.blob.format).toBe('byte');
    expect(p.mask.format).toBe('field-mask');
    expect(p.when.format).toBe('date-time');
    expect(p.parts).toMatchObject({ type: 'array', maxItems: 3, items: { $ref: '#/components/schemas/yandex.cloud.widget.v2.Part' } });
    expect(p.extra).toEqual({ type: 'object' });
  });

  it('keys schemas by full type names', () => {
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['google.rpc.Status', 'yandex.cloud.widget.v2.Gadget', 'yandex.cloud.widget.v2.PartSettings', 'yandex.cloud.gizmo.v1.SprocketService.UpdateBody.Gears']));
  });
});

describe('OpenAPI export of allowed-value lists', () => {
  it('writes "The value must satisfy: …" as enum, numbers or decimal strings by type', async () => {
    const doc = toOpenApi(loadModel([`${FIXTURES}/newer`]).model).document as J;
    await validate(doc);
    const p = doc.components.schemas['yandex.cloud.pond.v1.CreateDuckRequest'].properties;
    expect(p.wings).toMatchObject({ type: 'string', format: 'int64', enum: ['0', '1', '2'] });
    expect(p.eggs).toMatchObject({ type: 'integer', format: 'int32', enum: [0, 3, 7] });
  });
});

describe('OpenAPI export of the shared corpus', () => {
  it('is valid and has an operation for every method page (the shared Operation service once)', async () => {
    const root = requireShared();
    for (const [dir, pages, shared] of [
      [`${root}/en/video/api-ref`, 74, 0],
      [`${root}/en/lockbox/api-ref`, 19, 0],
      [root, 93, 2],
    ] as const) {
      const { model } = loadModel([dir]);
      const { document, diagnostics } = toOpenApi(model);
      await validate(document);
      const ops = Object.values(document['paths'] as Record<string, J>).flatMap((item) => Object.values(item) as J[]);
      const also = ops.flatMap((o) => (o['x-yc-also'] as string[] | undefined) ?? []);
      expect(ops.length + also.length).toBe(pages);
      expect(also).toHaveLength(shared);
      expect(new Set(ops.map((o) => o['operationId'])).size).toBe(ops.length);
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }
  }, 120_000);
});
