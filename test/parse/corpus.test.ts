// The real docs (../shared/yandex-docs, read in place): every page must parse with no errors and no
// notation the parser does not understand; spot facts are checked against what the pages say.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages } from '../../generator/inputs.js';
import type { ApiModel, Field, MessageType, Method } from '../../generator/model/types.js';
import { buildModel, type LoadResult } from '../../generator/pipeline.js';
import { requireShared } from '../helpers.js';

let result: LoadResult;
let files: string[];
beforeAll(() => {
  const root = requireShared();
  files = listPages([root]);
  result = buildModel(files.map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') })));
});

const NOT_UNDERSTOOD = /^(type-cell|constraint\/unrecognized|table\/|yfm-table\/|enum\/|page\/unknown-section|method\/|path\/|response\/|model\/)/;

function method(model: ApiModel, service: string, resource: string, name: string): Method {
  const m = model.services.find((s) => s.id === service)?.resources.find((r) => r.name === resource)?.methods.find((x) => x.name === name);
  if (!m) throw new Error(`no method ${service} ${resource}.${name}`);
  return m;
}
function msg(model: ApiModel, name: string): MessageType {
  const t = model.types[name];
  if (t?.kind !== 'message') throw new Error(`no message ${name}`);
  return t;
}
function fieldOf(m: MessageType | Field[], name: string): Field {
  const f = (Array.isArray(m) ? m : m.fields).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}
const bare = (f: Field) => f.constraints.map(({ sentence: _s, location: _l, ...c }) => c);

describe('the shared Yandex docs corpus', () => {
  it('parses every page with zero errors and zero not-understood notations', () => {
    expect(files.length).toBeGreaterThan(100);
    const bad = result.diagnostics.filter((d) => d.severity === 'error' || NOT_UNDERSTOOD.test(d.rule));
    expect(bad.map((d) => `${d.location.file}:${d.location.line} ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('yields one method per method page', () => {
    const methodPages = result.pages.filter((p) => p.kind === 'method');
    const withHttp = files.filter((f) => /^## HTTP request/m.test(readFileSync(f, 'utf8')));
    expect(methodPages).toHaveLength(withHttp.length);
    const methods = result.model.services.flatMap((s) => s.resources.flatMap((r) => r.methods));
    expect(methods).toHaveLength(withHttp.length);
    expect(result.model.services.map((s) => [s.id, s.title])).toEqual([
      ['lockbox', 'Lockbox API'],
      ['video', 'Video API'],
    ]);
  });

  it('agrees with each page’s apiPlayground on field names and required fields', () => {
    const disagreements: string[] = [];
    for (const page of result.pages) {
      if (!page.method) continue;
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${requireShared()}/${page.file}`, 'utf8'));
      const pg = fm ? (parseYaml(fm[1]!) as { apiPlayground?: Array<Record<string, { properties?: object; required?: string[] } | null>> }).apiPlayground?.[0] : undefined;
      if (!pg) continue;
      const parts: Array<[string, Field[]]> = [
        ['path', page.method.pathParams],
        ['query', page.method.query ? msg(result.model, page.method.query).fields : []],
        ['body', page.method.body ? msg(result.model, page.method.body).fields : []],
      ];
      for (const [part, fields] of parts) {
        const schema = pg[part];
        const theirs = Object.keys(schema?.properties ?? {}).sort();
        const ours = fields.map((f) => f.name).sort();
        if (theirs.join() !== ours.join()) disagreements.push(`${page.file} ${part}: ${theirs} vs ${ours}`);
        const req = [...(schema?.required ?? [])].sort();
        const ourReq = fields.filter((f) => f.constraints.some((c) => c.kind === 'required')).map((f) => f.name).sort();
        if (req.join() !== ourReq.join()) disagreements.push(`${page.file} ${part} required: ${req} vs ${ourReq}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('reads the seed method as its page says', () => {
    const m = method(result.model, 'video', 'Thumbnail', 'BatchGenerateDownloadURLs');
    expect(m.http).toMatchObject({ verb: 'POST', host: 'video.{{ api-host }}', path: '/video/v1/thumbnails:batchGenerateDownloadURLs' });
    const body = msg(result.model, m.body!);
    expect(body.name).toBe('yandex.cloud.video.v1.BatchGenerateDownloadURLsRequest');
    expect(bare(fieldOf(body, 'channelId'))).toEqual([
      { kind: 'required', target: 'value' },
      { kind: 'length', target: 'value', max: 50 },
    ]);
    expect(bare(fieldOf(body, 'thumbnailIds'))).toEqual([
      { kind: 'count', target: 'list', min: 1, max: 100 },
      { kind: 'length', target: 'value', max: 50 },
    ]);
    expect(m.response.type).toBe('yandex.cloud.video.v1.BatchGenerateDownloadURLsResponse');
    const scaled = msg(result.model, 'yandex.cloud.video.v1.ThumbnailDownloadURL.ScaledURL');
    expect(fieldOf(scaled, 'maxWidth').type).toEqual({ kind: 'string', format: 'int64' });
    const fmt = result.model.types['yandex.cloud.video.v1.ThumbnailDownloadURL.ScaledURL.ImageFormat'];
    expect(fmt?.kind === 'enum' && fmt.values.map((v) => v.name)).toEqual(expect.arrayContaining(['JPEG', 'WEBP']));
  });

  it('reads long-running methods, host variables, oneofs and older pages', () => {
    const create = method(result.model, 'video', 'Stream', 'Create');
    expect(create.operation).toEqual({ metadata: 'yandex.cloud.video.v1.CreateStreamMetadata', response: 'yandex.cloud.video.v1.Stream' });
    expect(msg(result.model, create.body!).oneofs).toContainEqual(['onDemand', 'schedule']);

    const getEx = method(result.model, 'lockbox', 'Payload', 'GetEx');
    expect(getEx.http).toMatchObject({ verb: 'GET', host: '{{ api-host-lockbox-payload }}', hostVariables: ['api-host-lockbox-payload'], path: '/lockbox/v1/secrets:getEx' });
    expect(msg(result.model, getEx.query!).oneofs).toEqual([['secretId', 'folderAndName']]);

    const legacyGet = method(result.model, 'lockbox', 'Secret', 'Get');
    expect(legacyGet.http).toMatchObject({ host: 'lockbox.api.cloud.yandex.net', path: '/lockbox/v1/secrets/{secretId}' });
    expect(bare(fieldOf(legacyGet.pathParams, 'secretId'))).toEqual([
      { kind: 'required', target: 'value' },
      { kind: 'length', target: 'value', max: 50 },
    ]);
    const update = method(result.model, 'lockbox', 'Secret', 'Update');
    expect(update.response.type).toBe('yandex.cloud.operation.Operation');
    const labels = fieldOf(msg(result.model, update.body!), 'labels');
    expect(labels.type.kind).toBe('map');
    expect(bare(labels)).toContainEqual({ kind: 'pattern', target: 'key', pattern: '[a-z][-_0-9a-z]*' });

    const channelUpdate = method(result.model, 'video', 'Channel', 'UpdateAccessBindings');
    expect(result.model.types['yandex.cloud.access.AccessBinding2']).toBeUndefined();
    expect(channelUpdate.pathParams.map((f) => f.name)).toEqual(['resourceId']);
    expect(msg(result.model, channelUpdate.body!).fields.map((f) => f.name)).toEqual(['accessBindingDeltas']);
    const delta = msg(result.model, 'yandex.cloud.access.AccessBindingDelta');
    expect(fieldOf(delta, 'accessBinding').type).toEqual({ kind: 'message', ref: 'yandex.cloud.access.AccessBinding' });
  });

  it('merges the Operation service documented by both APIs into one shared model type', () => {
    expect(msg(result.model, 'yandex.cloud.operation.Operation').synthetic).toBe(false);
    const ids = result.model.services.flatMap((s) => s.resources.filter((r) => r.name === 'Operation').map((r) => `${s.id}:${r.methods.map((m) => m.name)}`));
    expect(ids).toEqual(['lockbox:Cancel,Get', 'video:Cancel,Get']);
  });
});
