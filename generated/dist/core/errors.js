// Errors the client throws. An API error carries what the Yandex error body says and the request id;
// nothing here ever holds the token or the Authorization header.
/** Every error this package throws. */
export class YandexCloudError extends Error {
    name = 'YandexCloudError';
}
/** gRPC status codes (google.rpc.Code), as Yandex error bodies give them. */
export const GrpcCode = {
    OK: 0,
    CANCELLED: 1,
    UNKNOWN: 2,
    INVALID_ARGUMENT: 3,
    DEADLINE_EXCEEDED: 4,
    NOT_FOUND: 5,
    ALREADY_EXISTS: 6,
    PERMISSION_DENIED: 7,
    RESOURCE_EXHAUSTED: 8,
    FAILED_PRECONDITION: 9,
    ABORTED: 10,
    OUT_OF_RANGE: 11,
    UNIMPLEMENTED: 12,
    INTERNAL: 13,
    UNAVAILABLE: 14,
    DATA_LOSS: 15,
    UNAUTHENTICATED: 16,
};
/** The API answered with an error status. */
export class ApiError extends YandexCloudError {
    name = 'ApiError';
    /** HTTP status. */
    status;
    /** gRPC code from the error body, when it has one. */
    code;
    details;
    /** The client request id sent (x-client-request-id), or the server's request id. */
    requestId;
    method;
    /** The URL called, without query string. */
    url;
    body;
    constructor(init) {
        const b = (typeof init.body === 'object' && init.body !== null ? init.body : {});
        const message = typeof b.message === 'string' && b.message ? b.message : `HTTP ${init.status}`;
        super(`${init.status} ${message} (${init.method} ${init.url}${init.requestId ? `, request id ${init.requestId}` : ''})`);
        this.status = init.status;
        this.code = typeof b.code === 'number' ? b.code : undefined;
        this.details = Array.isArray(b.details) ? b.details : [];
        this.requestId = init.requestId;
        this.method = init.method;
        this.url = init.url;
        this.body = init.body;
    }
}
export class BadRequestError extends ApiError {
    name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
    name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApiError {
    name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
    name = 'NotFoundError';
}
export class ConflictError extends ApiError {
    name = 'ConflictError';
}
export class RateLimitError extends ApiError {
    name = 'RateLimitError';
}
export class InternalServerError extends ApiError {
    name = 'InternalServerError';
}
export function apiErrorFor(init) {
    switch (init.status) {
        case 400:
            return new BadRequestError(init);
        case 401:
            return new AuthenticationError(init);
        case 403:
            return new PermissionDeniedError(init);
        case 404:
            return new NotFoundError(init);
        case 409:
            return new ConflictError(init);
        case 429:
            return new RateLimitError(init);
        default:
            return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
    }
}
/** No answer: the connection failed. */
export class ConnectionError extends YandexCloudError {
    name = 'ConnectionError';
    constructor(message, options) {
        super(message, options);
    }
}
/** The request or the wait took longer than its timeout. */
export class TimeoutError extends YandexCloudError {
    name = 'TimeoutError';
}
/** The caller's AbortSignal fired. */
export class AbortError extends YandexCloudError {
    name = 'AbortError';
}
/** A long-running operation finished with an error. */
export class OperationError extends YandexCloudError {
    name = 'OperationError';
    operationId;
    code;
    details;
    constructor(operationId, error) {
        super(`operation ${operationId} failed: ${error.message ?? 'unknown error'}${error.code !== undefined ? ` (code ${error.code})` : ''}`);
        this.operationId = operationId;
        this.code = error.code;
        this.details = (error.details ?? []);
    }
}
