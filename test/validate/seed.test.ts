// The seed method through the committed package, imported by name: each documented limit is enforced
// before anything is sent; a valid request goes out unchanged.
import { ValidationError, YandexCloud } from '@ydocgen/yandex-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ body: { downloadUrls: [] } }));
});
afterAll(() => server.close());

const yc = () => new YandexCloud({ baseUrl: server.url, iamToken: 't' });
const ids = (n: number, len = 10) => Array.from({ length: n }, (_, i) => String(i).padStart(len, 'x'));

describe('Thumbnail.BatchGenerateDownloadURLs validation', () => {
  it.each([
    ['channelId of 51 characters', { channelId: 'c'.repeat(51), thumbnailIds: ['t1'] }, { path: 'channelId', constraint: 'length', limit: 50, actual: 51 }],
    ['an empty thumbnailIds', { channelId: 'c1', thumbnailIds: [] }, { path: 'thumbnailIds', constraint: 'count', limit: 1, actual: 0 }],
    ['101 thumbnail ids', { channelId: 'c1', thumbnailIds: ids(101) }, { path: 'thumbnailIds', constraint: 'count', limit: 100, actual: 101 }],
    ['an id of 51 characters', { channelId: 'c1', thumbnailIds: ['ok', 'i'.repeat(51)] }, { path: 'thumbnailIds[1]', constraint: 'length', limit: 50, actual: 51 }],
    ['no channelId', { thumbnailIds: ['t1'] }, { path: 'channelId', constraint: 'required' }],
    ['an unknown field', { channelId: 'c1', thumbnailIds: ['t1'], channel: 'typo' }, { path: 'channel', constraint: 'unknown' }],
  ])('rejects %s, naming the field and the limit, and sends nothing', async (_name, request, issue) => {
    server.requests.length = 0;
    const e = await yc().video.thumbnails.batchGenerateDownloadURLs(request as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues).toEqual([expect.objectContaining(issue)]);
    expect((e as ValidationError).message).toContain(issue.path);
    expect(server.requests).toHaveLength(0);
  });

  it('reports every failure at once', async () => {
    const e = (await yc().video.thumbnails.batchGenerateDownloadURLs({ channelId: 'c'.repeat(60), thumbnailIds: ['i'.repeat(51), 'j'.repeat(52)] }).catch((x: unknown) => x)) as ValidationError;
    expect(e.issues.map((i) => i.path)).toEqual(['channelId', 'thumbnailIds[0]', 'thumbnailIds[1]']);
    expect(e.issues[0]!.message).toBe('The maximum string length in characters is 50.');
  });

  it('counts characters as code points', async () => {
    server.requests.length = 0;
    const emoji = '\u{1F600}'.repeat(50); // 100 UTF-16 units, 50 characters
    await yc().video.thumbnails.batchGenerateDownloadURLs({ channelId: emoji, thumbnailIds: [emoji] });
    expect(server.requests).toHaveLength(1);
  });

  it('sends a valid request unchanged; validation can be turned off per client and per call', async () => {
    server.requests.length = 0;
    const request = { channelId: 'c'.repeat(50), thumbnailIds: ids(100, 50) };
    await yc().video.thumbnails.batchGenerateDownloadURLs(request);
    expect(JSON.parse(server.requests[0]!.body)).toEqual(request);
    const bad = { channelId: 'c'.repeat(51), thumbnailIds: [] };
    await new YandexCloud({ baseUrl: server.url, validateRequests: false }).video.thumbnails.batchGenerateDownloadURLs(bad);
    await yc().video.thumbnails.batchGenerateDownloadURLs(bad, { validate: false });
    expect(server.requests.slice(1).map((r) => JSON.parse(r.body))).toEqual([bad, bad]);
  });

  it('validates responses when asked', async () => {
    server.handle(() => ({ body: { downloadUrls: [{ thumbnailId: 1 }] } }));
    const e = await new YandexCloud({ baseUrl: server.url, validateResponses: true }).video.thumbnails.batchGenerateDownloadURLs({ channelId: 'c', thumbnailIds: ['t'] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues).toEqual([expect.objectContaining({ path: 'downloadUrls[0].thumbnailId', constraint: 'type' })]);
    server.handle(() => ({ body: { downloadUrls: [] } }));
  });
});
