/** Every error this package throws. */
export declare class YandexCloudError extends Error {
    name: string;
}
export interface ErrorDetail {
    '@type'?: string;
    [key: string]: unknown;
}
/** gRPC status codes (google.rpc.Code), as Yandex error bodies give them. */
export declare const GrpcCode: {
    readonly OK: 0;
    readonly CANCELLED: 1;
    readonly UNKNOWN: 2;
    readonly INVALID_ARGUMENT: 3;
    readonly DEADLINE_EXCEEDED: 4;
    readonly NOT_FOUND: 5;
    readonly ALREADY_EXISTS: 6;
    readonly PERMISSION_DENIED: 7;
    readonly RESOURCE_EXHAUSTED: 8;
    readonly FAILED_PRECONDITION: 9;
    readonly ABORTED: 10;
    readonly OUT_OF_RANGE: 11;
    readonly UNIMPLEMENTED: 12;
    readonly INTERNAL: 13;
    readonly UNAVAILABLE: 14;
    readonly DATA_LOSS: 15;
    readonly UNAUTHENTICATED: 16;
};
export interface ApiErrorInit {
    status: number;
    method: string;
    url: string;
    body: unknown;
    requestId: string | undefined;
    headers: Headers | undefined;
}
/** The API answered with an error status. */
export declare class ApiError extends YandexCloudError {
    name: string;
    /** HTTP status. */
    readonly status: number;
    /** gRPC code from the error body, when it has one. */
    readonly code: number | undefined;
    readonly details: ErrorDetail[];
    /** The client request id sent (x-client-request-id), or the server's request id. */
    readonly requestId: string | undefined;
    readonly method: string;
    /** The URL called, without query string. */
    readonly url: string;
    readonly body: unknown;
    constructor(init: ApiErrorInit);
}
export declare class BadRequestError extends ApiError {
    name: string;
}
export declare class AuthenticationError extends ApiError {
    name: string;
}
export declare class PermissionDeniedError extends ApiError {
    name: string;
}
export declare class NotFoundError extends ApiError {
    name: string;
}
export declare class ConflictError extends ApiError {
    name: string;
}
export declare class RateLimitError extends ApiError {
    name: string;
}
export declare class InternalServerError extends ApiError {
    name: string;
}
export declare function apiErrorFor(init: ApiErrorInit): ApiError;
/** No answer: the connection failed. */
export declare class ConnectionError extends YandexCloudError {
    name: string;
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** The request or the wait took longer than its timeout. */
export declare class TimeoutError extends YandexCloudError {
    name: string;
}
/** The caller's AbortSignal fired. */
export declare class AbortError extends YandexCloudError {
    name: string;
}
/** A long-running operation finished with an error. */
export declare class OperationError extends YandexCloudError {
    name: string;
    readonly operationId: string;
    readonly code: number | undefined;
    readonly details: ErrorDetail[];
    constructor(operationId: string, error: {
        code?: number;
        message?: string;
        details?: unknown[];
    });
}
