// A mock of the API for consumers' tests: answers every documented method with its fixture, checks each
// request with the generated validators, and answers an invalid one as the API would (HTTP 400 with a
// google.rpc.BadRequest). A fetch-style handler (usable from msw), with an adapter for node:http.
import type { ValidationIssue, Validator } from './validate.js';

export type QueryScalar = 'string' | 'int' | 'number' | 'boolean';

export interface MockRoute {
  name: string;
  method: string;
  path: string;
  pathParams: readonly string[];
  /** Query leaves by dotted name: how to read them back from strings. */
  query: Readonly<Record<string, { type: QueryScalar; repeated: boolean }>>;
  hasBody: boolean;
  validate: Validator;
  /** The answer: a fixture of the response type (an Operation, done, for long-running methods). */
  respond: () => unknown;
}

export interface MockOptions {
  /** Called with every request the mock accepted (after validation). */
  onRequest?: (call: { route: string; params: Record<string, unknown> }) => void;
  /** Replace the answer of a method (`Resource.Method`). */
  responses?: Record<string, (params: Record<string, unknown>) => unknown>;
}

export type FetchHandler = (request: Request) => Promise<Response>;

interface Compiled {
  route: MockRoute;
  re: RegExp;
  weight: number;
}

function compileRoute(route: MockRoute): Compiled {
  const parts = route.path.split(/\{[^{}]+\}/);
  const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+?)');
  return { route, re: new RegExp(`^${source}$`), weight: parts.join('').length };
}

function readQuery(route: MockRoute, search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of search) {
    const spec = route.query[key];
    const value = spec ? convert(raw, spec.type) : raw;
    const path = key.split('.');
    let node = out;
    for (const seg of path.slice(0, -1)) node = (node[seg] ??= {}) as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (spec?.repeated) ((node[last] ??= []) as unknown[]).push(value);
    else node[last] = value;
  }
  return out;
}

function convert(raw: string, type: QueryScalar): unknown {
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'int' || type === 'number') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return raw;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function badRequest(issues: ValidationIssue[]): unknown {
  return {
    code: 3,
    message: `request is invalid: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: issues.map((i) => ({ field: i.path, description: i.message })) }],
  };
}

export function createMockHandler(routes: readonly MockRoute[], options: MockOptions = {}): FetchHandler {
  const compiled = routes.map(compileRoute).sort((a, b) => b.weight - a.weight);
  return async (request) => {
    const url = new URL(request.url);
    let path: string;
    try {
      path = url.pathname;
    } catch {
      return json(400, { code: 3, message: 'bad URL' });
    }
    for (const { route, re } of compiled) {
      if (route.method !== request.method) continue;
      const m = re.exec(path);
      if (!m) continue;
      const params: Record<string, unknown> = readQuery(route, url.searchParams);
      route.pathParams.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]!);
      });
      if (route.hasBody) {
        const text = await request.text();
        let body: unknown = {};
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          return json(400, { code: 3, message: 'the body is not JSON' });
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { code: 3, message: 'the body must be a JSON object' });
        Object.assign(params, body);
      }
      const issues = route.validate(params);
      if (issues.length > 0) return json(400, badRequest(issues));
      options.onRequest?.({ route: route.name, params });
      const custom = options.responses?.[route.name];
      return json(200, custom ? custom(params) : route.respond());
    }
    return json(404, { code: 5, message: `no documented method answers ${request.method} ${path}` });
  };
}

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
export function toNodeListener(handler: FetchHandler): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const host = typeof req.headers['host'] === 'string' ? req.headers['host'] : 'localhost';
      const body = chunks.length ? new TextDecoder().decode(concat(chunks)) : undefined;
      const request = new Request(`http://${host}${req.url ?? '/'}`, { method: req.method ?? 'GET', ...(body !== undefined && req.method !== 'GET' ? { body } : {}) });
      handler(request).then(
        async (response) => {
          res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
          res.end(await response.text());
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 13, message: String(e) }));
        },
      );
    });
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
