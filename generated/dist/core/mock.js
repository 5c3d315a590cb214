function compileRoute(route) {
    const parts = route.path.split(/\{[^{}]+\}/);
    const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+?)');
    return { route, re: new RegExp(`^${source}$`), weight: parts.join('').length };
}
function readQuery(route, search) {
    const out = {};
    for (const [key, raw] of search) {
        const spec = route.query[key];
        const value = spec ? convert(raw, spec.type) : raw;
        const path = key.split('.');
        let node = out;
        for (const seg of path.slice(0, -1))
            node = (node[seg] ??= {});
        const last = path[path.length - 1];
        if (spec?.repeated)
            (node[last] ??= []).push(value);
        else
            node[last] = value;
    }
    return out;
}
function convert(raw, type) {
    if (type === 'boolean')
        return raw === 'true' ? true : raw === 'false' ? false : raw;
    if (type === 'int' || type === 'number')
        return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    return raw;
}
function json(status, body) {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
export function badRequest(issues) {
    return {
        code: 3,
        message: `request is invalid: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
        details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: issues.map((i) => ({ field: i.path, description: i.message })) }],
    };
}
export function createMockHandler(routes, options = {}) {
    const compiled = routes.map(compileRoute).sort((a, b) => b.weight - a.weight);
    return async (request) => {
        const url = new URL(request.url);
        let path;
        try {
            path = url.pathname;
        }
        catch {
            return json(400, { code: 3, message: 'bad URL' });
        }
        for (const { route, re } of compiled) {
            if (route.method !== request.method)
                continue;
            const m = re.exec(path);
            if (!m)
                continue;
            const params = readQuery(route, url.searchParams);
            route.pathParams.forEach((name, i) => {
                params[name] = decodeURIComponent(m[i + 1]);
            });
            if (route.hasBody) {
                const text = await request.text();
                let body = {};
                try {
                    body = text ? JSON.parse(text) : {};
                }
                catch {
                    return json(400, { code: 3, message: 'the body is not JSON' });
                }
                if (typeof body !== 'object' || body === null || Array.isArray(body))
                    return json(400, { code: 3, message: 'the body must be a JSON object' });
                Object.assign(params, body);
            }
            const issues = route.validate(params);
            if (issues.length > 0)
                return json(400, badRequest(issues));
            options.onRequest?.({ route: route.name, params });
            const custom = options.responses?.[route.name];
            return json(200, custom ? custom(params) : route.respond());
        }
        return json(404, { code: 5, message: `no documented method answers ${request.method} ${path}` });
    };
}
/** Serves a fetch-style handler from node:http: `createServer(toNodeListener(handler))`. */
export function toNodeListener(handler) {
    return (req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const host = typeof req.headers['host'] === 'string' ? req.headers['host'] : 'localhost';
            const body = chunks.length ? new TextDecoder().decode(concat(chunks)) : undefined;
            const request = new Request(`http://${host}${req.url ?? '/'}`, { method: req.method ?? 'GET', ...(body !== undefined && req.method !== 'GET' ? { body } : {}) });
            handler(request).then(async (response) => {
                res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
                res.end(await response.text());
            }, (e) => {
                res.writeHead(500, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ code: 13, message: String(e) }));
            });
        });
    };
}
function concat(chunks) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.length;
    }
    return out;
}
