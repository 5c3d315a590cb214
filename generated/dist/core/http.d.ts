import { type Validator } from './validate.js';
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
export type LogEvent = {
    type: 'request';
    method: string;
    url: string;
    attempt: number;
    requestId: string;
} | {
    type: 'response';
    method: string;
    url: string;
    attempt: number;
    requestId: string;
    status: number;
    durationMs: number;
} | {
    type: 'retry';
    method: string;
    url: string;
    attempt: number;
    requestId: string;
    delayMs: number;
    reason: string;
} | {
    type: 'error';
    method: string;
    url: string;
    attempt: number;
    requestId: string;
    error: string;
};
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
export declare class HttpClient {
    readonly options: Readonly<ClientOptions>;
    /** Documented defaults of host variables, filled in by the generated client. */
    private readonly hostDefaults;
    constructor(options?: ClientOptions, hostDefaults?: Record<string, string>);
    /** The URL (without query) a call goes to. */
    urlFor(endpoint: Pick<Endpoint, 'service' | 'host' | 'path' | 'pathParams'>, params: Record<string, unknown>): string;
    /** Sends one API call: the request object's fields go to the path, the query and the body. */
    call<T>(endpoint: Endpoint, request: object, options?: RequestOptions): Promise<T>;
    /** One HTTP exchange with retries. `url` is complete. */
    send<T>(method: HttpMethod, url: string, body: string | undefined, options?: RequestOptions): Promise<T>;
    private authorization;
}
/** One path segment, encoded so that no value (`/`, `..`, `?`, `#`) can change the path. */
export declare function encodePathSegment(value: unknown, name: string): string;
/** Query form of the REST gateway: repeated fields repeat the key, nested fields use dotted keys. */
export declare function appendQuery(query: URLSearchParams, key: string, value: unknown): void;
/** Delay before retry `attempt + 1`: exponential with jitter, or what `Retry-After` asks (capped). */
export declare function backoff(retry: RetryOptions, attempt: number, retryAfter: string | null | undefined, random?: () => number): number;
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
