// The generated package, imported by its name as a user would, against a real server on 127.0.0.1:
// errors, retries, Retry-After, timeouts, cancellation, operations, token refresh, and no secret leaks.
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  HttpClient,
  InternalServerError,
  type LogEvent,
  NotFoundError,
  OperationError,
  OperationHandle,
  PagePromise,
  RateLimitError,
  TimeoutError,
  YandexCloud,
} from '@ydocgen/yandex-cloud';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.js';

const TOKEN = 'secret-iam-token-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const seed = { channelId: 'channel-1', thumbnailIds: ['t1', 't2'] };
const client = (extra: object = {}) => new YandexCloud({ iamToken: TOKEN, baseUrl: server.url, retry: { initialDelayMs: 5, maxDelayMs: 50 }, ...extra });

describe('the seed method', () => {
  it('sends the documented request and decodes the response', async () => {
    const answer = { downloadUrls: [{ thumbnailId: 't1', originalUrl: 'https://x/1', scaledUrls: [{ url: 'https://x/1s', maxWidth: '320', maxHeight: '240', imageFormat: 'WEBP' }] }] };
    server.handle(() => ({ body: answer }));
    const res = await client().video.thumbnails.batchGenerateDownloadURLs(seed);
    expect(res).toEqual(answer);
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.rawPath).toBe('/video/v1/thumbnails:batchGenerateDownloadURLs');
    expect(JSON.parse(req.body)).toEqual(seed);
    expect(req.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(req.headers['accept']).toBe('application/json');
  });

  it('uses the documented host unless told otherwise', async () => {
    const seen: string[] = [];
    const fetch = async (url: string | URL | Request): Promise<Response> => {
      seen.push(String(url));
      return new Response('{}', { status: 200 });
    };
    await new YandexCloud({ apiKey: 'k', fetch }).video.thumbnails.batchGenerateDownloadURLs(seed);
    expect(seen).toEqual(['https://video.api.cloud.yandex.net/video/v1/thumbnails:batchGenerateDownloadURLs']);
  });

  it('sends an API key as Api-Key', async () => {
    server.handle(() => ({ body: {} }));
    await client({ iamToken: undefined, apiKey: 'key-1' }).video.thumbnails.batchGenerateDownloadURLs(seed);
    expect(server.requests[0]!.headers['authorization']).toBe('Api-Key key-1');
  });
});

describe('errors', () => {
  it.each([
    [400, BadRequestError, 3],
    [401, AuthenticationError, 16],
    [404, NotFoundError, 5],
    [500, InternalServerError, 13],
  ] as const)('%i → %o with the Yandex error body', async (status, cls, code) => {
    server.handle(() => ({ status, headers: { 'x-request-id': 'srv-req-1' }, body: { code, message: 'Channel not found', details: [{ '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: 'r1' }] } }));
    const err = await client({ retry: { maxRetries: 0 } }).video.thumbnails.batchGenerateDownloadURLs(seed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e).toMatchObject({ status, code, requestId: 'srv-req-1', method: 'POST' });
    expect(e.message).toContain('Channel not found');
    expect(e.details[0]).toMatchObject({ requestId: 'r1' });
    for (const text of [e.message, JSON.stringify(e), String(e.stack)]) expect(text).not.toContain(TOKEN);
  });

  it('keeps a non-JSON error body as text', async () => {
    server.handle(() => ({ status: 502, body: '<html>bad gateway</html>' }));
    const e = (await client().video.thumbnails.batchGenerateDownloadURLs(seed).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.body).toBe('<html>bad gateway</html>');
  });

  it('reports a refused connection as ConnectionError', async () => {
    const dead = await startServer();
    const url = dead.url;
    await dead.close();
    const e = await new YandexCloud({ baseUrl: url, retry: { maxRetries: 0 } }).video.thumbnails.batchGenerateDownloadURLs(seed).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectionError);
  });
});

describe('retries', () => {
  it('retry 429 even for a POST, honouring Retry-After, until it succeeds', async () => {
    server.handle((_r, i) => (i < 2 ? { status: 429, headers: { 'retry-after': '0.2' }, body: { code: 8, message: 'slow down' } } : { body: { downloadUrls: [] } }));
    const started = Date.now();
    const res = await client({ retry: { maxRetries: 3, initialDelayMs: 1, maxDelayMs: 5000 } }).video.thumbnails.batchGenerateDownloadURLs(seed);
    expect(res).toEqual({ downloadUrls: [] });
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    const ids = new Set(server.requests.map((r) => r.headers['x-client-request-id']));
    expect(ids.size).toBe(1);
  });

  it('stops at the bound and throws the last error', async () => {
    server.handle(() => ({ status: 429, body: { code: 8, message: 'quota' } }));
    const e = await client({ retry: { maxRetries: 2, initialDelayMs: 1 } }).video.thumbnails.batchGenerateDownloadURLs(seed).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a POST on 503 unless asked to', async () => {
    server.handle(() => ({ status: 503, body: { code: 14, message: 'unavailable' } }));
    await expect(client().video.thumbnails.batchGenerateDownloadURLs(seed)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    await expect(client({ retry: { retryNonIdempotent: true, maxRetries: 2, initialDelayMs: 1 } }).video.thumbnails.batchGenerateDownloadURLs(seed)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a GET on 503 and 504 by default, and not when turned off per call', async () => {
    const http = new HttpClient({ baseUrl: server.url, retry: { initialDelayMs: 1 } });
    server.handle((_r, i) => (i === 0 ? { status: 503 } : i === 1 ? { status: 504 } : { body: { ok: true } }));
    await expect(http.send('GET', `${server.url}/x`, undefined)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    server.handle(() => ({ status: 503 }));
    await expect(http.send('GET', `${server.url}/x`, undefined, { retry: false })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and cancellation', () => {
  it('times out per call', async () => {
    server.handle(() => ({ delayMs: 400, body: {} }));
    const e = await client({ retry: { maxRetries: 0 } }).video.thumbnails.batchGenerateDownloadURLs(seed, { timeoutMs: 50 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TimeoutError);
  });

  it('times out per client', async () => {
    server.handle(() => ({ delayMs: 400, body: {} }));
    await expect(client({ timeoutMs: 50, retry: { maxRetries: 0 } }).video.thumbnails.batchGenerateDownloadURLs(seed)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('cancels through an AbortSignal', async () => {
    server.handle(() => ({ delayMs: 400, body: {} }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    await expect(client().video.thumbnails.batchGenerateDownloadURLs(seed, { signal: ac.signal })).rejects.toBeInstanceOf(AbortError);
  });
});

describe('auth', () => {
  it('asks the token provider before every request, so a refreshed token is used', async () => {
    let n = 0;
    server.handle(() => ({ body: {} }));
    const yc = new YandexCloud({ baseUrl: server.url, iamToken: async () => `token-${++n}` });
    await yc.video.thumbnails.batchGenerateDownloadURLs(seed);
    await yc.video.thumbnails.batchGenerateDownloadURLs(seed);
    expect(server.requests.map((r) => r.headers['authorization'])).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('never lets the logger see the token or headers', async () => {
    const events: LogEvent[] = [];
    server.handle((_r, i) => (i === 0 ? { status: 429 } : { status: 403, body: { code: 7, message: 'denied' } }));
    await client({ logger: (e: LogEvent) => events.push(e), retry: { initialDelayMs: 1 } }).video.thumbnails.batchGenerateDownloadURLs(seed).catch(() => undefined);
    expect(events.map((e) => e.type)).toEqual(['request', 'response', 'retry', 'request', 'response', 'error']);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });
});

describe('long-running operations', () => {
  const http = () => new HttpClient({ baseUrl: server.url, iamToken: TOKEN });

  it('polls the Operation service until done and returns the response', async () => {
    server.handle((r, i) => ({ body: { id: 'op-7', done: i >= 2, metadata: { streamId: 's1' }, ...(i >= 2 ? { response: { id: 's1', title: 'T' } } : {}) } }));
    const handle = new OperationHandle<{ id: string; title: string }, { streamId: string }>(http(), { id: 'op-7', done: false });
    await expect(handle.wait({ pollIntervalMs: 5 })).resolves.toEqual({ id: 's1', title: 'T' });
    expect(server.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual(['GET /operations/op-7', 'GET /operations/op-7', 'GET /operations/op-7']);
    expect(handle.metadata).toEqual({ streamId: 's1' });
  });

  it('throws OperationError built from the error', async () => {
    server.handle(() => ({ body: { id: 'op-8', done: true, error: { code: 9, message: 'stream line busy', details: [] } } }));
    const handle = new OperationHandle(http(), { id: 'op-8', done: false });
    const e = await handle.wait({ pollIntervalMs: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationError);
    expect(e).toMatchObject({ operationId: 'op-8', code: 9 });
  });

  it('can be cancelled and times out', async () => {
    server.handle(() => ({ body: { id: 'op-9', done: false } }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 40);
    await expect(new OperationHandle(http(), { id: 'op-9' }).wait({ pollIntervalMs: 5, signal: ac.signal })).rejects.toBeInstanceOf(AbortError);
    await expect(new OperationHandle(http(), { id: 'op-9' }).wait({ pollIntervalMs: 5, timeoutMs: 30 })).rejects.toBeInstanceOf(TimeoutError);
    server.requests.length = 0;
    await new OperationHandle(http(), { id: 'op-9' }).cancel();
    expect(server.requests[0]!.rawPath).toBe('/operations/op-9:cancel');
  });
});

describe('pagination', () => {
  it('iterates every item across pages; awaiting gives the first page', async () => {
    const pages: Record<string, { items: number[]; nextPageToken?: string }> = { '': { items: [1, 2], nextPageToken: 'p2' }, p2: { items: [3], nextPageToken: 'p3' }, p3: { items: [4, 5] } };
    const http = new HttpClient({ baseUrl: server.url });
    server.handle((r) => ({ body: pages[r.query.get('pageToken') ?? '']! }));
    const list = () =>
      new PagePromise<{ items: number[]; nextPageToken?: string }, number>(
        (token) => http.call({ service: 'x', method: 'GET', host: 'x', path: '/items', pathParams: [], queryParams: ['pageToken'], hasBody: false }, token ? { pageToken: token } : {}),
        (p) => p.items,
        (p) => p.nextPageToken,
        undefined,
      );
    const items: number[] = [];
    for await (const x of list()) items.push(x);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect((await list()).items).toEqual([1, 2]);
    expect(await list().toArray()).toEqual([1, 2, 3, 4, 5]);
  });
});
