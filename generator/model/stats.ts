// Counts over a model and its diagnostics, for summaries (`ydocgen lint --stats`).
import type { ApiModel, Diagnostic } from './types.js';

export interface ModelStats {
  services: number;
  methods: number;
  messages: number;
  enums: number;
  enumValues: number;
  fields: number;
  constraints: Record<string, number>;
  oneofGroups: number;
  longRunning: number;
  diagnostics: Record<string, number>;
}

export function methodCount(model: ApiModel): number {
  return model.services.reduce((a, s) => a + s.resources.reduce((b, r) => b + r.methods.length, 0), 0);
}

export function modelStats(model: ApiModel, diagnostics: readonly Diagnostic[]): ModelStats {
  const types = Object.values(model.types);
  const methods = model.services.flatMap((s) => s.resources.flatMap((r) => r.methods));
  const fields = [...types.flatMap((t) => (t.kind === 'message' ? t.fields : [])), ...methods.flatMap((m) => m.pathParams)];
  const constraints: Record<string, number> = {};
  for (const f of fields) for (const c of f.constraints) constraints[c.kind] = (constraints[c.kind] ?? 0) + 1;
  const diag: Record<string, number> = {};
  for (const d of diagnostics) diag[`${d.severity} ${d.rule}`] = (diag[`${d.severity} ${d.rule}`] ?? 0) + 1;
  return {
    services: model.services.length,
    methods: methods.length,
    messages: types.filter((t) => t.kind === 'message').length,
    enums: types.filter((t) => t.kind === 'enum').length,
    enumValues: types.reduce((n, t) => n + (t.kind === 'enum' ? t.values.length : 0), 0),
    fields: fields.length,
    constraints: Object.fromEntries(Object.entries(constraints).sort()),
    oneofGroups: types.reduce((n, t) => n + (t.kind === 'message' ? t.oneofs.length : 0), 0),
    longRunning: methods.filter((m) => m.operation).length,
    diagnostics: Object.fromEntries(Object.entries(diag).sort()),
  };
}
