// Base of the generated resource classes.
import type { HttpClient } from './http.js';

export abstract class APIResource {
  constructor(protected readonly _http: HttpClient) {}
}
