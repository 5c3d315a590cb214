export * from './errors.js';
export { type ClientOptions, type Endpoint, HttpClient, type LogEvent, type RequestOptions, type RetryOptions, type ServiceOverride, type TokenSource } from './http.js';
export { type Operation, OperationHandle, type OperationStatus, type WaitOptions } from './operation.js';
export { PagePromise } from './pagination.js';
export { APIResource } from './resource.js';
export { type Constraint as ValidationConstraint, ValidationError, type ValidationIssue, type Validator } from './validate.js';
/** The result of a method that returns nothing (google.protobuf.Empty). */
export type Empty = Record<string, never>;
