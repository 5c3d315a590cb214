// Front matter: YAML, and the `apiPlayground` (a JSON-schema-like description of the request) checked
// against what the tables say. Every disagreement is a warning: the page contradicts itself.
import type { Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import type { DiagnosticBag } from '../diagnostics.js';
import type { Constraint, ConstraintTarget, Field, HttpEndpoint, SourceLocation, TypeDef } from '../model/types.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  location: SourceLocation;
}

export function readFrontMatter(node: Yaml, diagnostics: DiagnosticBag): FrontMatter | undefined {
  const start = node.position?.start;
  const doc = parseDocument(node.value, { prettyErrors: false });
  // The YAML starts on the line after the opening `---`.
  const lineOf = (offset: number): number => (start?.line ?? 1) + 1 + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const e of doc.errors) {
    diagnostics.error('front-matter/yaml', `front matter is not valid YAML: ${e.message.split('\n')[0]}`, { line: lineOf(e.pos[0]), column: 1 });
  }
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.error('front-matter/not-a-map', 'front matter must be a YAML mapping', start);
    return undefined;
  }
  return { data: data as Record<string, unknown>, location: diagnostics.at(start) };
}

interface PlaygroundInput {
  endpoint: HttpEndpoint | undefined;
  pathParams: Field[];
  query: string | undefined;
  body: string | undefined;
  types: ReadonlyMap<string, TypeDef>;
}

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkPlayground(fm: FrontMatter, input: PlaygroundInput, diagnostics: DiagnosticBag): void {
  const pg = fm.data['apiPlayground'];
  if (pg === undefined) return;
  const at = fm.location;
  const warn = (msg: string): void => diagnostics.warn('playground/mismatch', `apiPlayground: ${msg}`, at);
  if (!Array.isArray(pg) || !isSchema(pg[0])) {
    warn('expected a list with one request description');
    return;
  }
  const entry = pg[0];
  const { endpoint } = input;
  if (endpoint) {
    const url = String(entry['url'] ?? '').replace(/\{\{\s*([\w-]+)\s*\}\}/g, '{{ $1 }}');
    const ours = `https://${endpoint.host}${endpoint.path}`;
    if (url !== ours) warn(`url "${url}" differs from the HTTP request "${ours}"`);
    if (String(entry['method'] ?? '').toUpperCase() !== endpoint.verb) warn(`method "${String(entry['method'])}" differs from ${endpoint.verb}`);
  }
  const definitions = isSchema(entry['definitions']) ? entry['definitions'] : {};
  const compareFields = (part: string, schema: unknown, fields: Field[] | undefined, seen: Set<string>): void => {
    if (schema === null || schema === undefined) {
      if (fields && fields.length > 0) warn(`${part} is null, but the page documents ${fields.length} field(s)`);
      return;
    }
    if (!isSchema(schema)) return;
    const props = isSchema(schema['properties']) ? schema['properties'] : {};
    const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
    const list = fields ?? [];
    for (const name of Object.keys(props)) {
      if (!list.some((f) => f.name === name)) warn(`${part} has "${name}", which the table does not list`);
    }
    for (const f of list) {
      const p = props[f.name];
      if (!isSchema(p)) {
        warn(`${part} lacks "${f.name}", which the table lists`);
        continue;
      }
      const isRequired = f.constraints.some((c) => c.kind === 'required');
      if (required.has(f.name) !== isRequired) warn(`${part}.${f.name}: required is ${required.has(f.name)} there, ${isRequired} in the table`);
      compareField(`${part}.${f.name}`, p, f, at, warn);
      const ref = typeof p['$ref'] === 'string' ? p['$ref'] : isSchema(p['items']) && typeof p['items']['$ref'] === 'string' ? p['items']['$ref'] : undefined;
      if (ref && f.type.kind === 'message' && !seen.has(f.type.ref)) {
        const def = definitions[ref.replace(/^#\/definitions\//, '')];
        const t = input.types.get(f.type.ref);
        if (t?.kind === 'message' && isSchema(def)) compareFields(ref.replace(/^#\/definitions\//, ''), def, t.fields, new Set([...seen, f.type.ref]));
      }
    }
  };
  const fieldsOf = (name: string | undefined): Field[] | undefined => {
    const t = name ? input.types.get(name) : undefined;
    return t?.kind === 'message' ? t.fields : undefined;
  };
  compareFields('path', entry['path'], input.pathParams, new Set());
  compareFields('query', entry['query'], fieldsOf(input.query), new Set());
  compareFields('body', entry['body'], fieldsOf(input.body), new Set());
}

const KEYWORDS: Array<[keyof Schema, (c: Constraint) => string | number | undefined, 'value' | 'list' | 'map']> = [
  ['maxLength', (c) => (c.kind === 'length' ? c.max : undefined), 'value'],
  ['minLength', (c) => (c.kind === 'length' ? c.min : undefined), 'value'],
  ['pattern', (c) => (c.kind === 'pattern' ? c.pattern : undefined), 'value'],
  ['maximum', (c) => (c.kind === 'range' && c.max !== undefined ? Number(c.max) : undefined), 'value'],
  ['minimum', (c) => (c.kind === 'range' && c.min !== undefined ? Number(c.min) : undefined), 'value'],
  ['maxItems', (c) => (c.kind === 'count' ? c.max : undefined), 'list'],
  ['minItems', (c) => (c.kind === 'count' ? c.min : undefined), 'list'],
  ['maxProperties', (c) => (c.kind === 'count' ? c.max : undefined), 'map'],
];

function compareField(path: string, p: Schema, f: Field, location: SourceLocation, warn: (m: string) => void): void {
  const expectedType = f.repeated ? 'array' : f.type.kind === 'map' || f.type.kind === 'message' ? 'object' : f.type.kind === 'enum' ? 'string' : f.type.kind;
  if (typeof p['type'] === 'string' && p['type'] !== expectedType) warn(`${path}: type is ${p['type']} there, ${expectedType} in the table`);
  const ourValue = (kw: keyof Schema, target: ConstraintTarget): string | number | undefined => {
    const entry = KEYWORDS.find((k) => k[0] === kw)!;
    for (const c of f.constraints) {
      if (c.target !== target) continue;
      const v = entry[1](c);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  // The playground puts element constraints either on the property or on `items`; keys under
  // `propertyNames`, map values under `additionalProperties`.
  const places: Array<[Schema, ConstraintTarget]> = [[p, f.type.kind === 'map' ? 'map' : f.repeated ? 'list' : 'value']];
  if (f.repeated) places.push([p, 'value']);
  if (isSchema(p['items'])) places.push([p['items'], 'value']);
  if (isSchema(p['propertyNames'])) places.push([p['propertyNames'], 'key']);
  if (isSchema(p['additionalProperties'])) places.push([p['additionalProperties'], 'mapValue']);
  for (const [schema, target] of places) {
    for (const [kw, , kwTarget] of KEYWORDS) {
      if (schema[kw] === undefined) continue;
      const countKw = kwTarget === 'list' || kwTarget === 'map';
      if (countKw ? kwTarget !== target : target === 'list' || target === 'map') continue;
      const ours = ourValue(kw, target);
      const theirs = schema[kw] as string | number;
      if (ours === undefined) {
        // The playground is generated from the API definition: a constraint it states is a fact of the
        // page even where the table omits it. Adopt it, and say so.
        warn(`${path}: ${String(kw)} ${JSON.stringify(theirs)} there, not stated in the table (adopted)`);
        const c = constraintOf(kw, theirs, target, `apiPlayground: ${String(kw)} ${JSON.stringify(theirs)}`, location);
        if (c) f.constraints.push(c);
      } else if (String(ours) !== String(theirs)) warn(`${path}: ${String(kw)} is ${JSON.stringify(theirs)} there, ${JSON.stringify(ours)} in the table`);
    }
  }
}

function constraintOf(kw: keyof Schema, v: string | number, target: ConstraintTarget, sentence: string, location: SourceLocation): Constraint | undefined {
  const base = { target, sentence, location };
  const n = Number(v);
  switch (kw) {
    case 'maxLength':
      return { kind: 'length', max: n, ...base };
    case 'minLength':
      return { kind: 'length', min: n, ...base };
    case 'pattern':
      return { kind: 'pattern', pattern: String(v), ...base };
    case 'maximum':
      return { kind: 'range', max: String(v), ...base };
    case 'minimum':
      return { kind: 'range', min: String(v), ...base };
    case 'maxItems':
    case 'maxProperties':
      return { kind: 'count', max: n, ...base };
    case 'minItems':
      return { kind: 'count', min: n, ...base };
    default:
      return undefined;
  }
}
