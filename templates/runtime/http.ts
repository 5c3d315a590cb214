// The transport: URL building, auth, timeouts, cancellation, retries, error decoding. Depends on nothing
// but `fetch`, `AbortController` and `crypto.randomUUID`, so it runs in Node, browsers and edge runtimes.
import { AbortError, apiErrorFor, ConnectionError, TimeoutError, YandexCloudError } from './errors.js';
import { ValidationError, type Validator } from './validate.js';

/** A token, or a function asked for one before every request (so tokens can refresh). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number;
  /** First backoff delay; doubles each retry, with jitter. Default 500 ms. */
  initialDelayMs: number;
  /** Longest delay between attempts, `Retry-After` included. Default 30 s. */
  maxDelayMs: number;
  /**
   * Also retry POST/PATCH on 503, 504 and network failures, where the server may have acted on the
   * first attempt. Off by default: a 429 is the only retry a non-idempotent request gets.
   */
  retryNonIdempotent: boolean;
}

export type LogEvent =
  | { type: 'request'; method: string; url: string; attempt: number; requestId: string }
  | { type: 'response'; method: string; url: string; attempt: number; requestId: string; status: number; durationMs: number }
  | { type: 'retry'; method: string; url: string; attempt: number; requestId: string; delayMs: number; reason: string }
  | { type: 'error'; method: string; url: string; attempt: number; requestId: string; error: string };

export interface ServiceOverride {
  apiHost?: string;
  baseUrl?: string;
}

export interface ClientOptions {
  /** IAM token: `Authorization: Bearer …`. */
  iamToken?: TokenSource;
  /** API key: `Authorization: Api-Key …`. */
  apiKey?: TokenSource;
  /** Value of `{{ api-host }}` in endpoint hosts. Default `api.cloud.yandex.net`. */
  apiHost?: string;
  /** Values of other host variables (`api-host-lockbox`, …), overriding the documented defaults. */
  hostVariables?: Record<string, string>;
  /** Send every request to this origin (and path prefix) instead: for tests and proxies. */
  baseUrl?: string;
  /** Per-service overrides, keyed by service id (`video`, `lockbox`, …). */
  services?: Record<string, ServiceOverride>;
  fetch?: typeof fetch;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Called on requests, responses, retries and errors; never sees headers, bodies or tokens. */
  logger?: (event: LogEvent) => void;
  /** Validate requests before sending (default true). */
  validateRequests?: boolean;
  /** Validate responses (default false). */
  validateResponses?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `false` turns retries off for this call. */
  retry?: Partial<RetryOptions> | false;
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`; makes retrying a POST safe where the API honours it. */
  idempotencyKey?: string;
  /** Validate this request before sending (overrides the client option). */
  validate?: boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the generated code knows about one method. */
export interface Endpoint {
  service: string;
  method: HttpMethod;
  /** Host template, e.g. `video.{{ api-host }}`. */
  host: string;
  /** Path template, e.g. `/video/v1/channels/{channelId}`. */
  path: string;
  pathParams: readonly string[];
  queryParams: readonly string[];
  /** Whether the remaining fields go in a JSON body. */
  hasBody: boolean;
  /** For messages: `Resource.Method`. */
  name?: string;
  /** Checks the request object against every documented constraint. */
  validate?: Validator;
  /** Checks the decoded response (only when `validateResponses` is on). */
  validateResponse?: Validator;
}

const DEFAULT_RETRY: RetryOptions = { maxRetries: 2, initialDelayMs: 500, maxDelayMs: 30_000, retryNonIdempotent: false };
const RETRY_STATUS = new Set([429, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);

export class HttpClient {
  readonly options: Readonly<ClientOptions>;
  /** Documented defaults of host variables, filled in by the generated client. */
  private readonly hostDefaults: Record<string, string>;

  constructor(options: ClientOptions = {}, hostDefaults: Record<string, string> = {}) {
    this.options = { ...options };
    this.hostDefaults = { 'api-host': 'api.cloud.yandex.net', ...hostDefaults };
  }

  /** The URL (without query) a call goes to. */
  urlFor(endpoint: Pick<Endpoint, 'service' | 'host' | 'path' | 'pathParams'>, params: Record<string, unknown>): string {
    const path = endpoint.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodePathSegment(params[name], name));
    const override = this.options.services?.[endpoint.service];
    const baseUrl = override?.baseUrl ?? this.options.baseUrl;
    if (baseUrl !== undefined) return baseUrl.replace(/\/+$/, '') + path;
    const apiHost = override?.apiHost ?? this.options.apiHost;
    const host = endpoint.host.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, name: string) => {
      const value = name === 'api-host' && apiHost !== undefined ? apiHost : (this.options.hostVariables?.[name] ?? this.hostDefaults[name]);
      if (value === undefined) throw new YandexCloudError(`no value for the host variable {{ ${name} }}: pass it in hostVariables`);
      return value;
    });
    return `https://${host}${path}`;
  }

  /** Sends one API call: the request object's fields go to the path, the query and the body. */
  async call<T>(endpoint: Endpoint, request: object, options: RequestOptions = {}): Promise<T> {
    const fields = request as Record<string, unknown>;
    if (endpoint.validate && (options.validate ?? this.options.validateRequests ?? true)) {
      const issues = endpoint.validate(request);
      if (issues.length > 0) throw new ValidationError(`the request of ${endpoint.name ?? endpoint.path}`, issues);
    }
    const url = this.urlFor(endpoint, fields);
    const query = new URLSearchParams();
    for (const name of endpoint.queryParams) appendQuery(query, name, fields[name]);
    let body: string | undefined;
    if (endpoint.hasBody) {
      const taken = new Set([...endpoint.pathParams, ...endpoint.queryParams]);
      const payload: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(fields)) if (!taken.has(k) && v !== undefined) payload[k] = v;
      body = JSON.stringify(payload);
    }
    const qs = query.toString();
    const result = await this.send<T>(endpoint.method, qs ? `${url}?${qs}` : url, body, options);
    if (endpoint.validateResponse && this.options.validateResponses) {
      const issues = endpoint.validateResponse(result);
      if (issues.length > 0) throw new ValidationError(`the response of ${endpoint.name ?? endpoint.path}`, issues);
    }
    return result;
  }

  /** One HTTP exchange with retries. `url` is complete. */
  async send<T>(method: HttpMethod, url: string, body: string | undefined, options: RequestOptions = {}): Promise<T> {
    const retry: RetryOptions = options.retry === false ? { ...DEFAULT_RETRY, maxRetries: 0 } : { ...DEFAULT_RETRY, ...this.options.retry, ...options.retry };
    const requestId = randomId();
    const shownUrl = url.split('?')[0]!;
    const log = (e: LogEvent): void => {
      try {
        this.options.logger?.(e);
      } catch {
        // A broken logger must not break the call.
      }
    };
    const idempotent = IDEMPOTENT.has(method) || options.idempotencyKey !== undefined;
    const doFetch = this.options.fetch ?? globalThis.fetch;
    if (typeof doFetch !== 'function') throw new YandexCloudError('no fetch: pass one in the client options');

    for (let attempt = 0; ; attempt++) {
      if (options.signal?.aborted) throw new AbortError('the request was aborted');
      const headers: Record<string, string> = {
        accept: 'application/json',
        'x-client-request-id': requestId,
        ...this.options.headers,
        ...options.headers,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
      const auth = await this.authorization();
      if (auth) headers['authorization'] = auth;

      const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 60_000;
      const attemptSignal = withTimeout(options.signal, timeoutMs);
      const started = Date.now();
      log({ type: 'request', method, url: shownUrl, attempt, requestId });
      let response: Response;
      try {
        response = await doFetch(url, { method, headers, ...(body !== undefined ? { body } : {}), signal: attemptSignal.signal });
      } catch (e) {
        attemptSignal.clear();
        if (options.signal?.aborted) throw new AbortError('the request was aborted', { cause: e });
        const timedOut = attemptSignal.timedOut();
        const reason = timedOut ? `timed out after ${timeoutMs} ms` : `connection failed: ${(e as Error)?.message ?? String(e)}`;
        if (attempt < retry.maxRetries && (idempotent || retry.retryNonIdempotent)) {
          const delayMs = backoff(retry, attempt, undefined);
          log({ type: 'retry', method, url: shownUrl, attempt, requestId, delayMs, reason });
          await sleep(delayMs, options.signal);
          continue;
        }
        log({ type: 'error', method, url: shownUrl, attempt, requestId, error: reason });
        throw timedOut ? new TimeoutError(`${method} ${shownUrl} ${reason}`, { cause: e }) : new ConnectionError(`${method} ${shownUrl}: ${reason}`, { cause: e });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (e) {
        attemptSignal.clear();
        if (options.signal?.aborted) throw new AbortError('the request was aborted', { cause: e });
        throw attemptSignal.timedOut() ? new TimeoutError(`${method} ${shownUrl} timed out after ${timeoutMs} ms`) : new ConnectionError(`${method} ${shownUrl}: the response broke off`, { cause: e });
      }
      attemptSignal.clear();
      log({ type: 'response', method, url: shownUrl, attempt, requestId, status: response.status, durationMs: Date.now() - started });

      if (response.ok) {
        if (!text) return {} as T;
        try {
          return JSON.parse(text) as T;
        } catch {
          throw new YandexCloudError(`${method} ${shownUrl}: the response is not JSON (HTTP ${response.status})`);
        }
      }
      const canRetry = RETRY_STATUS.has(response.status) && (idempotent || retry.retryNonIdempotent || response.status === 429);
      if (canRetry && attempt < retry.maxRetries) {
        const delayMs = backoff(retry, attempt, response.headers.get('retry-after'));
        log({ type: 'retry', method, url: shownUrl, attempt, requestId, delayMs, reason: `HTTP ${response.status}` });
        await sleep(delayMs, options.signal);
        continue;
      }
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : {};
      } catch {
        // Not JSON (a proxy's HTML page): keep the text.
      }
      const error = apiErrorFor({ status: response.status, method, url: shownUrl, body: parsed, requestId: response.headers.get('x-request-id') ?? requestId, headers: response.headers });
      log({ type: 'error', method, url: shownUrl, attempt, requestId, error: error.message });
      throw error;
    }
  }

  private async authorization(): Promise<string | undefined> {
    const { iamToken, apiKey } = this.options;
    if (iamToken !== undefined) return `Bearer ${await resolveToken(iamToken)}`;
    if (apiKey !== undefined) return `Api-Key ${await resolveToken(apiKey)}`;
    return undefined;
  }
}

async function resolveToken(source: TokenSource): Promise<string> {
  const token = typeof source === 'function' ? await source() : source;
  if (typeof token !== 'string' || !token) throw new YandexCloudError('the token provider gave no token');
  return token;
}

/** One path segment, encoded so that no value (`/`, `..`, `?`, `#`) can change the path. */
export function encodePathSegment(value: unknown, name: string): string {
  if (value === undefined || value === null || value === '') throw new YandexCloudError(`path parameter "${name}" is required`);
  const s = String(value);
  const encoded = encodeURIComponent(s);
  return s === '.' || s === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

/** Query form of the REST gateway: repeated fields repeat the key, nested fields use dotted keys. */
export function appendQuery(query: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) appendQuery(query, key, v);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) appendQuery(query, `${key}.${k}`, v);
  } else {
    query.append(key, String(value));
  }
}

/** Delay before retry `attempt + 1`: exponential with jitter, or what `Retry-After` asks (capped). */
export function backoff(retry: RetryOptions, attempt: number, retryAfter: string | null | undefined, random: () => number = Math.random): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, retry.maxDelayMs);
  }
  const base = Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** attempt);
  return Math.round(base * (0.5 + random() * 0.5));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortError('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A signal that fires on the caller's signal or after `ms`, telling the two apart. */
function withTimeout(parent: AbortSignal | undefined, ms: number): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const onAbort = (): void => controller.abort();
  if (parent?.aborted) controller.abort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));
}
