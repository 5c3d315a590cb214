// Long-running operations: a handle on the Operation a method returned, with `wait()` polling the
// Operation service until it is done.
import { OperationError, TimeoutError } from './errors.js';
import { type HttpClient, type RequestOptions, sleep } from './http.js';

export interface OperationStatus {
  code?: number;
  message?: string;
  details?: unknown[];
}

/** The Operation resource as the API returns it. */
export interface Operation<TResponse = unknown, TMetadata = unknown> {
  id: string;
  description?: string;
  createdAt?: string;
  createdBy?: string;
  modifiedAt?: string;
  done?: boolean;
  metadata?: TMetadata;
  error?: OperationStatus;
  response?: TResponse;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** Give up after this long (TimeoutError). Default: wait as long as it takes. */
  timeoutMs?: number;
  /** First delay between polls; grows ×1.5 up to maxPollIntervalMs. Default 1 s. */
  pollIntervalMs?: number;
  /** Default 10 s. */
  maxPollIntervalMs?: number;
}

const OPERATION_ENDPOINT = { service: 'operation', host: 'operation.{{ api-host }}', path: '/operations/{operationId}', pathParams: ['operationId'] } as const;

export class OperationHandle<TResponse = unknown, TMetadata = unknown> {
  constructor(
    private readonly http: HttpClient,
    /** The latest state fetched. */
    public operation: Operation<TResponse, TMetadata>,
  ) {}

  get id(): string {
    return this.operation.id;
  }
  get done(): boolean {
    return this.operation.done === true;
  }
  get metadata(): TMetadata | undefined {
    return this.operation.metadata;
  }

  /** Fetches the current state. */
  async refresh(options?: RequestOptions): Promise<Operation<TResponse, TMetadata>> {
    const url = this.http.urlFor(OPERATION_ENDPOINT, { operationId: this.operation.id });
    this.operation = await this.http.send<Operation<TResponse, TMetadata>>('GET', url, undefined, options);
    return this.operation;
  }

  /** Asks the Operation service to cancel the operation. */
  async cancel(options?: RequestOptions): Promise<Operation<TResponse, TMetadata>> {
    const url = this.http.urlFor({ ...OPERATION_ENDPOINT, path: '/operations/{operationId}:cancel' }, { operationId: this.operation.id });
    this.operation = await this.http.send<Operation<TResponse, TMetadata>>('GET', url, undefined, options);
    return this.operation;
  }

  /** Polls until done; returns the typed response, or throws OperationError built from `error`. */
  async wait(options: WaitOptions = {}): Promise<TResponse> {
    const deadline = options.timeoutMs !== undefined ? Date.now() + options.timeoutMs : Infinity;
    let interval = options.pollIntervalMs ?? 1000;
    const maxInterval = options.maxPollIntervalMs ?? 10_000;
    for (;;) {
      if (this.done) {
        if (this.operation.error) throw new OperationError(this.operation.id, this.operation.error);
        return (this.operation.response ?? {}) as TResponse;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new TimeoutError(`operation ${this.operation.id} is not done after ${options.timeoutMs} ms`);
      await sleep(Math.min(interval, left), options.signal);
      interval = Math.min(maxInterval, interval * 1.5);
      await this.refresh({ ...(options.signal ? { signal: options.signal } : {}) });
    }
  }
}
