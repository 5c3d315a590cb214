import type { MockRoute } from '../core/mock.js';
export declare const routes: MockRoute[];
