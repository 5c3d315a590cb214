// Our OpenAPI export → JSON Schemas ajv can run with the docs' semantics: patterns match the whole value
// (the docs' regular expressions are full-match), and objects list their properties (unknown fields are
// errors, as our validators report them). Rules JSON Schema cannot state stay out (x-yc-oneofs, ranges of
// int64 strings, formats).
import type { JsonSchema } from '../../generator/openapi/export.js';
import { translateRe2 } from '../../templates/regex.js';

export function forAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema as JsonSchema)) {
    if (k.startsWith('x-') || k === 'format' || k === 'description' || k === 'deprecated') continue;
    if (k === 'pattern' && typeof v === 'string') out[k] = translateRe2(v).source;
    else if ((k === 'properties' || k === 'schemas') && v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, forAjv(s)]));
    else if (k === 'allOf' && Array.isArray(v)) out[k] = v.map(forAjv);
    else out[k] = forAjv(v);
  }
  // int64 travels as a decimal string or a number: both are the documented value.
  const src = schema as JsonSchema;
  if ((src['type'] === 'integer' || src['type'] === 'string') && (src['format'] === 'int64' || src['format'] === 'uint64')) {
    delete out['type'];
    out['anyOf'] = [{ type: 'integer' }, { type: 'string', pattern: '^-?(0|[1-9]\\d*)$' }];
  }
  // int32 is a range JSON Schema can state.
  if (src['type'] === 'integer' && src['format'] === 'int32') {
    out['minimum'] = Math.max(-(2 ** 31), (out['minimum'] as number | undefined) ?? -Infinity);
    out['maximum'] = Math.min(2 ** 31 - 1, (out['maximum'] as number | undefined) ?? Infinity);
  }
  if (out['type'] === 'object' && out['properties'] && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  if (out['type'] === 'string' && (out['minimum'] !== undefined || out['maximum'] !== undefined)) {
    delete out['minimum'];
    delete out['maximum'];
  }
  return out;
}
