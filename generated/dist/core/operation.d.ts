import { type HttpClient, type RequestOptions } from './http.js';
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
export declare class OperationHandle<TResponse = unknown, TMetadata = unknown> {
    private readonly http;
    /** The latest state fetched. */
    operation: Operation<TResponse, TMetadata>;
    constructor(http: HttpClient, 
    /** The latest state fetched. */
    operation: Operation<TResponse, TMetadata>);
    get id(): string;
    get done(): boolean;
    get metadata(): TMetadata | undefined;
    /** Fetches the current state. */
    refresh(options?: RequestOptions): Promise<Operation<TResponse, TMetadata>>;
    /** Asks the Operation service to cancel the operation. */
    cancel(options?: RequestOptions): Promise<Operation<TResponse, TMetadata>>;
    /** Polls until done; returns the typed response, or throws OperationError built from `error`. */
    wait(options?: WaitOptions): Promise<TResponse>;
}
