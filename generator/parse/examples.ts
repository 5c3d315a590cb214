// JSON example blocks: kept in the model, and cross-checked against the field tables (a field in one
// and not in the other is a warning: one of the two is out of date).
import JSON5 from 'json5';
import type { DiagnosticBag } from '../diagnostics.js';
import type { MessageType, SourceLocation, TypeDef } from '../model/types.js';

export function checkExample(
  text: string,
  root: string,
  types: ReadonlyMap<string, TypeDef>,
  location: SourceLocation,
  diagnostics: DiagnosticBag,
): void {
  let value: unknown;
  try {
    value = JSON5.parse(text);
  } catch (e) {
    diagnostics.warn('example/invalid-json', `JSON example cannot be read: ${(e as Error).message}`, location);
    return;
  }
  compare(value, root, '', types, location, diagnostics, new Set());
}

function compare(
  value: unknown,
  typeName: string,
  path: string,
  types: ReadonlyMap<string, TypeDef>,
  location: SourceLocation,
  diagnostics: DiagnosticBag,
  seen: Set<string>,
): void {
  const type = types.get(typeName);
  if (type?.kind !== 'message' || seen.has(typeName)) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const obj = value as Record<string, unknown>;
  const message: MessageType = type;
  const where = path || 'the top level';
  for (const key of Object.keys(obj)) {
    if (!message.fields.some((f) => f.name === key)) {
      diagnostics.warn('example/unknown-field', `JSON example has "${key}" at ${where}, which the table of ${typeName} does not list`, location);
    }
  }
  for (const f of message.fields) {
    if (!(f.name in obj)) {
      diagnostics.warn('example/missing-field', `JSON example lacks "${f.name}" at ${where}, which the table of ${typeName} lists`, location);
      continue;
    }
    if (f.type.kind !== 'message') continue;
    let inner = obj[f.name];
    if (Array.isArray(inner)) inner = inner[0];
    compare(inner, f.type.ref, path ? `${path}.${f.name}` : f.name, types, location, diagnostics, new Set([...seen, typeName]));
  }
}
