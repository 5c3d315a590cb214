import type { HttpClient } from './http.js';
export declare abstract class APIResource {
    protected readonly _http: HttpClient;
    constructor(_http: HttpClient);
}
