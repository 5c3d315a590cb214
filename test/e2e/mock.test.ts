// The mock a consumer uses in tests: every documented method answered with fixtures over node:http,
// invalid requests answered like the API would, and the generated client happy against it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../generator/pipeline.js';
import { memberName, paramsTypeName, resourceProperty } from '../../templates/names.js';
import { requireShared } from '../helpers.js';
import { corpusPackage, type LoadedPackage } from '../support/corpus-package.js';

const { model } = loadModel([requireShared()]);
let pkg: LoadedPackage;
let server: Server;
let url: string;
const calls: string[] = [];
beforeAll(async () => {
  pkg = await corpusPackage();
  server = createServer(pkg.fixtures.toNodeListener(pkg.fixtures.createMock({ onRequest: (c: { route: string }) => calls.push(c.route) })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  pkg?.dispose();
});

describe('the generated mock', () => {
  it('answers every method of the corpus, called with its valid fixture, with the documented response', async () => {
    const yc = new pkg.sdk.YandexCloud({ baseUrl: url, iamToken: 't', validateResponses: true });
    let n = 0;
    for (const s of model.services)
      for (const r of s.resources)
        for (const m of r.methods) {
          const params = pkg.fixtures[s.id][paramsTypeName(r, m)].valid;
          const result = await yc[s.id][resourceProperty(r.name)][memberName(m.name)](params);
          expect(result, `${r.name}.${m.name}`).toBeTruthy();
          if (m.response.type === 'yandex.cloud.operation.Operation') await expect(result.wait({ pollIntervalMs: 1 })).resolves.toBeDefined();
          n++;
        }
    expect(n).toBe(93);
    expect(calls.length).toBeGreaterThanOrEqual(93);
  }, 60_000);

  it('answers an invalid request with HTTP 400 and a google.rpc.BadRequest naming the field', async () => {
    const res = await fetch(`${url}/video/v1/thumbnails:batchGenerateDownloadURLs`, { method: 'POST', body: JSON.stringify({ channelId: 'c'.repeat(51), thumbnailIds: [] }) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe(3);
    expect(body.details[0].fieldViolations.map((v: { field: string }) => v.field)).toEqual(['channelId', 'thumbnailIds']);
    const yc = new pkg.sdk.YandexCloud({ baseUrl: url, validateRequests: false });
    const e = await yc.video.thumbnails.batchGenerateDownloadURLs({ channelId: 'c'.repeat(51), thumbnailIds: [] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(pkg.sdk.BadRequestError);
  });

  it('reads query parameters back (repeated, nested, typed) and validates them', async () => {
    const ok = await fetch(`${url}/video/v1/videos?channelId=ch1&pageSize=10`);
    expect(ok.status).toBe(200);
    const bad = await fetch(`${url}/video/v1/videos?channelId=ch1&pageSize=abc`);
    expect(bad.status).toBe(400);
    const unknown = await fetch(`${url}/video/v1/nothing-here`);
    expect(unknown.status).toBe(404);
  });

  it('lets a test replace one answer', async () => {
    const handler = pkg.fixtures.createMock({ responses: { 'Thumbnail.BatchGenerateDownloadURLs': () => ({ downloadUrls: [{ thumbnailId: 'custom' }] }) } });
    const res = await handler(new Request('http://x/video/v1/thumbnails:batchGenerateDownloadURLs', { method: 'POST', body: JSON.stringify({ channelId: 'c', thumbnailIds: ['t'] }) }));
    expect(await res.json()).toEqual({ downloadUrls: [{ thumbnailId: 'custom' }] });
  });
});
