// Every method of the shared corpus (Video and Lockbox), generated into a temporary folder, type-checked
// with tsc --strict, then called against a real HTTP server: the exact verb, path, query, headers and
// body the model says go out, and the documented response comes back decoded.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Field, Method, Resource, Service } from '../../generator/model/types.js';
import { OPERATION_TYPE } from '../../generator/model/types.js';
import { loadModel } from '../../generator/pipeline.js';
import { memberName, resourceProperty } from '../../templates/names.js';
import { requireShared, ROOT } from '../helpers.js';
import { startServer, type TestServer } from '../support/server.js';
import { fieldValue, messageValue } from '../support/values.js';

const { model } = loadModel([requireShared()]);
const cases = model.services.flatMap((s) => s.resources.flatMap((r) => r.methods.map((m) => [`${s.id} ${r.name}.${m.name}`, s, r, m] as [string, Service, Resource, Method])));

let dir: string;
let sdk: { YandexCloud: new (o: object) => Record<string, Record<string, Record<string, (p: object, o?: object) => Promise<unknown>>>> };
let server: TestServer;

beforeAll(async () => {
  dir = inject('corpusPackage').dir;
  sdk = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
  server = await startServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The query form the REST gateway reads, computed here independently of the runtime. */
function expectedQuery(fields: Field[], values: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (key: string, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x) => add(key, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) add(`${key}.${k}`, x);
    else out.push(`${key}=${String(v)}`);
  };
  for (const f of fields) if (values[f.name] !== undefined) add(f.name, values[f.name]);
  return out.sort();
}

describe('the generated SDK for the whole corpus', () => {
  it('type-checks with tsc --strict', () => {
    const tsc = resolve(ROOT, 'node_modules/.bin/tsc');
    const run = (): string => execFileSync(tsc, ['--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run).not.toThrow();
  });

  it('has one client method per method page', () => {
    const yc = new sdk.YandexCloud({});
    for (const [, s, r, m] of cases) expect(typeof yc[s.id]?.[resourceProperty(r.name)]?.[memberName(m.name)]).toBe('function');
    expect(cases).toHaveLength(93);
  });

  it('pages through a generated list method with for await', async () => {
    server.handle((r) => {
      const token = r.query.get('pageToken');
      const page = token === null ? { videos: [{ id: 'v1' }, { id: 'v2' }], nextPageToken: 'n2' } : token === 'n2' ? { videos: [{ id: 'v3' }], nextPageToken: 'n3' } : { videos: [{ id: 'v4' }] };
      return { body: page };
    });
    server.requests.length = 0;
    const yc = new sdk.YandexCloud({ baseUrl: server.url });
    const ids: string[] = [];
    for await (const v of yc['video']!['videos']!['list']!({ channelId: 'c1', pageSize: '2' }) as unknown as AsyncIterable<{ id: string }>) ids.push(v.id);
    expect(ids).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(server.requests.map((r) => r.query.toString())).toEqual(['channelId=c1&pageSize=2', 'channelId=c1&pageSize=2&pageToken=n2', 'channelId=c1&pageSize=2&pageToken=n3']);
  });

  it('waits on a generated long-running method', async () => {
    server.handle((r) =>
      r.rawPath === '/video/v1/streams'
        ? { body: { id: 'op-s', done: false, metadata: { streamId: 's9' } } }
        : { body: { id: 'op-s', done: true, metadata: { streamId: 's9' }, response: { id: 's9', title: 'Live' } } },
    );
    server.requests.length = 0;
    const yc = new sdk.YandexCloud({ baseUrl: server.url });
    const handle = (await yc['video']!['streams']!['create']!({ channelId: 'c1', lineId: 'l1', title: 'Live', onDemand: {} })) as { id: string; metadata: unknown; wait: (o: object) => Promise<unknown> };
    expect(handle.id).toBe('op-s');
    expect(handle.metadata).toEqual({ streamId: 's9' });
    await expect(handle.wait({ pollIntervalMs: 1 })).resolves.toEqual({ id: 's9', title: 'Live' });
    expect(server.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual(['POST /video/v1/streams', 'GET /operations/op-s']);
  });

  it.each(cases)('%s sends what the docs say and decodes the answer', async (_name, s, r, m) => {
    const pathValues = Object.fromEntries(m.pathParams.map((f) => [f.name, `${f.name}/../x?y#z`]));
    const queryType = m.query ? model.types[m.query] : undefined;
    const queryFields = queryType?.kind === 'message' ? queryType.fields : [];
    const queryValues = m.query ? messageValue(model, m.query) : {};
    const bodyValues = m.body ? messageValue(model, m.body) : {};
    const params = { ...pathValues, ...queryValues, ...bodyValues };
    const lro = m.response.type === OPERATION_TYPE;
    const answer = lro
      ? { id: 'op-1', done: false, metadata: m.operation?.metadata ? messageValue(model, m.operation.metadata) : {} }
      : m.response.type
        ? messageValue(model, m.response.type)
        : {};
    server.handle(() => ({ body: answer }));
    server.requests.length = 0;

    // Transport only: these plain values do not honour every documented constraint (validation has its own tests).
    const yc = new sdk.YandexCloud({ iamToken: 'token-e2e', baseUrl: server.url, retry: { maxRetries: 0 }, validateRequests: false });
    const result = await yc[s.id]![resourceProperty(r.name)]![memberName(m.name)]!(params);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe(m.http.verb);
    expect(req.rawPath).toBe(m.http.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(pathValues[n]!)));
    expect([...req.query].map(([k, v]) => `${k}=${v}`).sort()).toEqual(expectedQuery(queryFields, queryValues));
    expect(req.headers['authorization']).toBe('Bearer token-e2e');
    expect(req.headers['x-client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    if (m.body) {
      expect(req.headers['content-type']).toBe('application/json');
      expect(JSON.parse(req.body)).toEqual(bodyValues);
    } else expect(req.body).toBe('');

    if (lro) expect((result as { operation: unknown }).operation).toEqual(answer);
    else expect(result).toEqual(answer);
  });
});
