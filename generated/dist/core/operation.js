// Long-running operations: a handle on the Operation a method returned, with `wait()` polling the
// Operation service until it is done.
import { OperationError, TimeoutError } from './errors.js';
import { sleep } from './http.js';
const OPERATION_ENDPOINT = { service: 'operation', host: 'operation.{{ api-host }}', path: '/operations/{operationId}', pathParams: ['operationId'] };
export class OperationHandle {
    http;
    operation;
    constructor(http, 
    /** The latest state fetched. */
    operation) {
        this.http = http;
        this.operation = operation;
    }
    get id() {
        return this.operation.id;
    }
    get done() {
        return this.operation.done === true;
    }
    get metadata() {
        return this.operation.metadata;
    }
    /** Fetches the current state. */
    async refresh(options) {
        const url = this.http.urlFor(OPERATION_ENDPOINT, { operationId: this.operation.id });
        this.operation = await this.http.send('GET', url, undefined, options);
        return this.operation;
    }
    /** Asks the Operation service to cancel the operation. */
    async cancel(options) {
        const url = this.http.urlFor({ ...OPERATION_ENDPOINT, path: '/operations/{operationId}:cancel' }, { operationId: this.operation.id });
        this.operation = await this.http.send('GET', url, undefined, options);
        return this.operation;
    }
    /** Polls until done; returns the typed response, or throws OperationError built from `error`. */
    async wait(options = {}) {
        const deadline = options.timeoutMs !== undefined ? Date.now() + options.timeoutMs : Infinity;
        let interval = options.pollIntervalMs ?? 1000;
        const maxInterval = options.maxPollIntervalMs ?? 10_000;
        for (;;) {
            if (this.done) {
                if (this.operation.error)
                    throw new OperationError(this.operation.id, this.operation.error);
                return (this.operation.response ?? {});
            }
            const left = deadline - Date.now();
            if (left <= 0)
                throw new TimeoutError(`operation ${this.operation.id} is not done after ${options.timeoutMs} ms`);
            await sleep(Math.min(interval, left), options.signal);
            interval = Math.min(maxInterval, interval * 1.5);
            await this.refresh({ ...(options.signal ? { signal: options.signal } : {}) });
        }
    }
}
