import type { ValidationIssue, Validator } from './validate.js';
export type QueryScalar = 'string' | 'int' | 'number' | 'boolean';
export interface MockRoute {
    name: string;
    method: string;
    path: string;
    pathParams: readonly string[];
    /** Query leaves by dotted name: how to read them back from strings. */
    query: Readonly<Record<string, {
        type: QueryScalar;
        repeated: boolean;
    }>>;
    hasBody: boolean;
    validate: Validator;
    /** The answer: a fixture of the response type (an Operation, done, for long-running methods). */
    respond: () => unknown;
}
export interface MockOptions {
    /** Called with every request the mock accepted (after validation). */
    onRequest?: (call: {
        route: string;
        params: Record<string, unknown>;
    }) => void;
    /** Replace the answer of a method (`Resource.Method`). */
    responses?: Record<string, (params: Record<string, unknown>) => unknown>;
}
export type FetchHandler = (request: Request) => Promise<Response>;
export declare function badRequest(issues: ValidationIssue[]): unknown;
export declare function createMockHandler(routes: readonly MockRoute[], options?: MockOptions): FetchHandler;
interface NodeRequestLike {
    method?: string;
    url?: string;
    headers: Record<string, string | string[] | undefined>;
    on(event: 'data', cb: (chunk: Uint8Array) => void): unknown;
    on(event: 'end', cb: () => void): unknown;
}
interface NodeResponseLike {
    writeHead(status: number, headers: Record<string, string>): unknown;
    end(body: string): unknown;
}
/** Serves a fetch-style handler from node:http: `createServer(toNodeListener(handler))`. */
export declare function toNodeListener(handler: FetchHandler): (req: NodeRequestLike, res: NodeResponseLike) => void;
export {};
