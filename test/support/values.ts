// Plain example values built from the model, for end-to-end tests of the transport (validators and
// fixtures that honour every constraint are a separate emitter).
import type { ApiModel, Field, FieldType } from '../../generator/model/types.js';

export function valueOf(model: ApiModel, type: FieldType, hint: string, depth = 0): unknown {
  switch (type.kind) {
    case 'string':
      if (type.format === 'int64' || type.format === 'uint64') return '42';
      if (type.format === 'date-time') return '2026-01-02T03:04:05Z';
      if (type.format === 'duration') return '30s';
      if (type.format === 'bytes') return 'aGVsbG8=';
      if (type.format === 'field-mask') return 'title,description';
      return `${hint}-value`;
    case 'integer':
      return 7;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'object':
      return { any: 'thing' };
    case 'map':
      return { k1: valueOf(model, type.value, `${hint}-v`, depth + 1) };
    case 'enum': {
      const e = model.types[type.ref];
      return e?.kind === 'enum' ? (e.values[e.values.length - 1]?.name ?? 'X') : 'X';
    }
    case 'message':
      return depth > 3 ? {} : messageValue(model, type.ref, depth + 1);
  }
}

export function fieldValue(model: ApiModel, f: Field, depth = 0): unknown {
  const v = valueOf(model, f.type, f.name, depth);
  return f.repeated ? [v] : v;
}

/** A value with every field set, but only the first member of each oneof group. */
export function messageValue(model: ApiModel, name: string, depth = 0): Record<string, unknown> {
  const t = model.types[name];
  if (t?.kind !== 'message') return {};
  const skip = new Set(t.oneofs.flatMap((g) => g.slice(1)));
  const out: Record<string, unknown> = {};
  for (const f of t.fields) if (!skip.has(f.name)) out[f.name] = fieldValue(model, f, depth);
  return out;
}
