import { type FetchHandler, type MockOptions, type MockRoute } from './core/mock.js';
export { type Boundary, type Fixtures, type Invalid } from './core/fixtures.js';
export { badRequest, createMockHandler, type FetchHandler, type MockOptions, type MockRoute, toNodeListener, } from './core/mock.js';
export { fixtures as video } from './video/fixtures.js';
/** Every documented method of every service. */
export declare const routes: MockRoute[];
/** A fetch-style handler answering every method (use from msw, or `toNodeListener` for node:http). */
export declare function createMock(options?: MockOptions): FetchHandler;
