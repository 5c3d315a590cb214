// The runtime the generated clients share.
export * from './errors.js';
export { HttpClient } from './http.js';
export { OperationHandle } from './operation.js';
export { PagePromise } from './pagination.js';
export { APIResource } from './resource.js';
export { ValidationError } from './validate.js';
