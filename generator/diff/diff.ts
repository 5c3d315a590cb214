// ApiModel × ApiModel → the changes a client of the API sees: methods, fields, types, enum values and
// constraints added, removed or changed, each classed as breaking or not. Whether a field change breaks
// depends on the direction the type travels: a tighter limit breaks requests, a removed field breaks
// whoever reads responses.
import type { ApiModel, Constraint, Field, FieldType, MessageType, Method, Service } from '../model/types.js';
import { OPERATION_TYPE } from '../model/types.js';

export type ChangeKind =
  | 'method-added'
  | 'method-removed'
  | 'endpoint-changed'
  | 'type-added'
  | 'type-removed'
  | 'field-added'
  | 'field-removed'
  | 'field-type-changed'
  | 'field-required-added'
  | 'field-required-removed'
  | 'constraint-added'
  | 'constraint-removed'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'constraint-changed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'oneof-changed'
  | 'field-deprecated';

export interface Change {
  kind: ChangeKind;
  breaking: boolean;
  /** `video Thumbnail.BatchGenerateDownloadURLs`, or a type's full name. */
  subject: string;
  field?: string;
  message: string;
}

export interface DiffReport {
  changes: Change[];
  breaking: number;
  nonBreaking: number;
}

type Usage = { request: boolean; response: boolean };

const methodKey = (s: Service, r: string, m: Method): string => `${s.id} ${r}.${m.name}`;

function methods(model: ApiModel): Map<string, Method> {
  const out = new Map<string, Method>();
  for (const s of model.services) for (const r of s.resources) for (const m of r.methods) out.set(methodKey(s, r.name, m), m);
  return out;
}

function refs(t: FieldType): string[] {
  if (t.kind === 'message' || t.kind === 'enum') return [t.ref];
  if (t.kind === 'map') return [...refs(t.key), ...refs(t.value)];
  return [];
}

/** Which types travel in requests and which in responses. */
function usage(model: ApiModel): Map<string, Usage> {
  const out = new Map<string, Usage>();
  const mark = (name: string | undefined, dir: keyof Usage, seen = new Set<string>()): void => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    const u = out.get(name) ?? { request: false, response: false };
    u[dir] = true;
    out.set(name, u);
    const t = model.types[name];
    if (t?.kind === 'message') for (const f of t.fields) refs(f.type).forEach((r) => mark(r, dir, seen));
  };
  for (const m of methods(model).values()) {
    mark(m.query, 'request');
    mark(m.body, 'request');
    for (const f of m.pathParams) refs(f.type).forEach((r) => mark(r, 'request'));
    mark(m.response.type, 'response');
    mark(m.operation?.metadata, 'response');
    mark(m.operation?.response, 'response');
  }
  return out;
}

function typeText(f: Field): string {
  const t = f.type;
  const base = t.kind === 'message' || t.kind === 'enum' ? t.ref : t.kind === 'map' ? 'map' : 'format' in t && t.format ? `${t.kind}(${t.format})` : t.kind;
  return f.repeated ? `${base}[]` : base;
}

const isRequired = (f: Field): boolean => f.constraints.some((c) => c.kind === 'required');

function describe(c: Constraint): string {
  const where = c.target === 'value' ? '' : ` (${c.target})`;
  switch (c.kind) {
    case 'required':
      return 'required';
    case 'length':
      return `length ${c.min ?? 0}..${c.max ?? '∞'}${where}`;
    case 'count':
      return `count ${c.min ?? 0}..${c.max ?? '∞'}${where}`;
    case 'range':
      return `range ${c.min ?? '-∞'}..${c.max ?? '∞'}${where}`;
    case 'pattern':
      return `pattern \`${c.pattern}\`${where}`;
    case 'values':
      return `one of ${c.values.join(', ')}${where}`;
  }
}

type Bounds = { min?: number | bigint; max?: number | bigint };

function bounds(cs: Constraint[], kind: 'length' | 'count' | 'range', target: Constraint['target']): Bounds | undefined {
  let b: Bounds | undefined;
  const num = (v: string | number): number | bigint => (typeof v === 'number' ? v : /^-?\d+$/.test(v) ? BigInt(v) : Number(v));
  for (const c of cs) {
    if (c.kind !== kind || c.target !== target) continue;
    b ??= {};
    if (c.min !== undefined) b.min = num(c.min);
    if (c.max !== undefined) b.max = num(c.max);
  }
  return b;
}

function compareFieldConstraints(before: Field, after: Field, subject: string, use: Usage, out: Change[]): void {
  const targets: Constraint['target'][] = ['value', 'list', 'key', 'mapValue', 'map'];
  for (const kind of ['length', 'count', 'range'] as const)
    for (const target of targets) {
      const a = bounds(before.constraints, kind, target);
      const b = bounds(after.constraints, kind, target);
      if (!a && !b) continue;
      const label = `${kind}${target === 'value' ? '' : ` of ${target}`}`;
      const show = (x: Bounds | undefined): string =>
        !x ? 'none' : x.min === undefined ? `at most ${x.max}` : x.max === undefined ? `at least ${x.min}` : `${x.min}..${x.max}`;
      if (!a) {
        out.push({ kind: 'constraint-added', breaking: use.request, subject, field: after.name, message: `${label} limited to ${show(b)}` });
        continue;
      }
      if (!b) {
        out.push({ kind: 'constraint-removed', breaking: false, subject, field: after.name, message: `${label} no longer limited (was ${show(a)})` });
        continue;
      }
      const lt = (x: number | bigint, y: number | bigint): boolean => (typeof x === typeof y ? x < y : Number(x) < Number(y));
      const tighter = (a.min === undefined && b.min !== undefined) || (a.min !== undefined && b.min !== undefined && lt(a.min, b.min)) || (a.max === undefined && b.max !== undefined) || (a.max !== undefined && b.max !== undefined && lt(b.max, a.max));
      const looser = (a.min !== undefined && b.min === undefined) || (a.min !== undefined && b.min !== undefined && lt(b.min, a.min)) || (a.max !== undefined && b.max === undefined) || (a.max !== undefined && b.max !== undefined && lt(a.max, b.max));
      if (!tighter && !looser) continue;
      if (tighter && !looser) out.push({ kind: 'constraint-tightened', breaking: use.request, subject, field: after.name, message: `${label} tightened from ${show(a)} to ${show(b)}` });
      else if (looser && !tighter) out.push({ kind: 'constraint-loosened', breaking: false, subject, field: after.name, message: `${label} loosened from ${show(a)} to ${show(b)}` });
      else out.push({ kind: 'constraint-changed', breaking: use.request, subject, field: after.name, message: `${label} changed from ${show(a)} to ${show(b)}` });
    }
  const sets = (f: Field): string => f.constraints.filter((c) => c.kind === 'values').map((c) => (c.kind === 'values' ? c.values.join(',') : '')).join('|');
  if (sets(before) !== sets(after)) {
    const was = sets(before);
    const now = sets(after);
    const narrower = was !== '' && (now === '' ? false : now.split(/[|,]/).every((v) => was.split(/[|,]/).includes(v)));
    out.push({ kind: now === '' ? 'constraint-removed' : was === '' ? 'constraint-added' : narrower ? 'constraint-tightened' : 'constraint-changed', breaking: use.request && now !== '', subject, field: after.name, message: `allowed values ${was || 'any'} → ${now || 'any'}` });
  }
  const patterns = (f: Field): string[] => f.constraints.filter((c) => c.kind === 'pattern').map((c) => `${c.target}:${c.kind === 'pattern' ? c.pattern : ''}`).sort();
  const pa = patterns(before);
  const pb = patterns(after);
  for (const p of pb) if (!pa.includes(p)) out.push({ kind: pa.length ? 'constraint-changed' : 'constraint-added', breaking: use.request, subject, field: after.name, message: `pattern now \`${p.split(':').slice(1).join(':')}\`` });
  for (const p of pa) if (!pb.includes(p) && !pb.some((x) => x.split(':')[0] === p.split(':')[0])) out.push({ kind: 'constraint-removed', breaking: false, subject, field: after.name, message: `pattern \`${p.split(':').slice(1).join(':')}\` dropped` });
}

function compareMessage(a: MessageType, b: MessageType, use: Usage, out: Change[]): void {
  const subject = b.name;
  for (const fa of a.fields) {
    const fb = b.fields.find((f) => f.name === fa.name);
    if (!fb) {
      out.push({ kind: 'field-removed', breaking: true, subject, field: fa.name, message: `field \`${fa.name}\` (${typeText(fa)}) removed` });
      continue;
    }
    if (typeText(fa) !== typeText(fb)) out.push({ kind: 'field-type-changed', breaking: true, subject, field: fa.name, message: `type changed from ${typeText(fa)} to ${typeText(fb)}` });
    if (!isRequired(fa) && isRequired(fb)) out.push({ kind: 'field-required-added', breaking: use.request, subject, field: fa.name, message: 'now required' });
    if (isRequired(fa) && !isRequired(fb)) out.push({ kind: 'field-required-removed', breaking: use.response, subject, field: fa.name, message: 'no longer required' });
    if (!fa.deprecated && fb.deprecated) out.push({ kind: 'field-deprecated', breaking: false, subject, field: fa.name, message: 'deprecated' });
    compareFieldConstraints(fa, fb, subject, use, out);
  }
  for (const fb of b.fields) {
    if (a.fields.some((f) => f.name === fb.name)) continue;
    const breaking = use.request && isRequired(fb);
    out.push({ kind: 'field-added', breaking, subject, field: fb.name, message: `field \`${fb.name}\` (${typeText(fb)}) added${isRequired(fb) ? ', required' : ''}` });
  }
  const groups = (m: MessageType): string[] => m.oneofs.map((g) => [...g].sort().join(',')).sort();
  if (groups(a).join('|') !== groups(b).join('|')) out.push({ kind: 'oneof-changed', breaking: use.request, subject, message: `oneof groups changed from [${groups(a).join('; ')}] to [${groups(b).join('; ')}]` });
}

export function diffModels(before: ApiModel, after: ApiModel): DiffReport {
  const out: Change[] = [];
  const ma = methods(before);
  const mb = methods(after);
  for (const [key, m] of ma) {
    const n = mb.get(key);
    if (!n) out.push({ kind: 'method-removed', breaking: true, subject: key, message: `method removed (${m.http.verb} ${m.http.path})` });
    else if (m.http.verb !== n.http.verb || m.http.path !== n.http.path || m.http.host !== n.http.host) {
      out.push({ kind: 'endpoint-changed', breaking: true, subject: key, message: `endpoint changed from ${m.http.verb} ${m.http.host}${m.http.path} to ${n.http.verb} ${n.http.host}${n.http.path}` });
    }
  }
  for (const [key, n] of mb) if (!ma.has(key)) out.push({ kind: 'method-added', breaking: false, subject: key, message: `method added (${n.http.verb} ${n.http.path})` });
  // Path parameters belong to the method, not to a type.
  for (const [key, m] of ma) {
    const n = mb.get(key);
    if (!n) continue;
    compareMessage({ ...pseudo(key, m.pathParams) }, { ...pseudo(key, n.pathParams) }, { request: true, response: false }, out);
  }

  const ua = usage(before);
  const ub = usage(after);
  const names = [...new Set([...Object.keys(before.types), ...Object.keys(after.types)])].sort();
  for (const name of names) {
    const a = before.types[name];
    const b = after.types[name];
    if (!a || !b) {
      const kind = a ? 'type-removed' : 'type-added';
      // Reachability decides whether a client sees it: a type no method uses any more is not a change of its own.
      out.push({ kind, breaking: false, subject: name, message: kind === 'type-added' ? 'type added' : 'type removed' });
      continue;
    }
    const use = { request: !!(ua.get(name)?.request || ub.get(name)?.request), response: !!(ua.get(name)?.response || ub.get(name)?.response) };
    if (a.kind === 'enum' && b.kind === 'enum') {
      for (const v of a.values) if (!b.values.some((x) => x.name === v.name)) out.push({ kind: 'enum-value-removed', breaking: true, subject: name, message: `value ${v.name} removed` });
      for (const v of b.values) if (!a.values.some((x) => x.name === v.name)) out.push({ kind: 'enum-value-added', breaking: false, subject: name, message: `value ${v.name} added${use.response ? ' (clients with exhaustive switches over responses should handle it)' : ''}` });
    } else if (a.kind === 'message' && b.kind === 'message' && name !== OPERATION_TYPE) compareMessage(a, b, use, out);
  }
  const sorted = out.sort((x, y) => Number(y.breaking) - Number(x.breaking) || (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : 0) || (x.field ?? '').localeCompare(y.field ?? '') || x.kind.localeCompare(y.kind));
  return { changes: sorted, breaking: sorted.filter((c) => c.breaking).length, nonBreaking: sorted.filter((c) => !c.breaking).length };
}

function pseudo(key: string, fields: Field[]): MessageType {
  return { kind: 'message', name: `${key} (path)`, description: '', fields, oneofs: [], synthetic: true, location: { file: '', line: 0, column: 0 } };
}

export function diffMarkdown(report: DiffReport): string {
  const lines = [`# API changes`, '', `${report.breaking} breaking, ${report.nonBreaking} non-breaking.`, ''];
  for (const [title, breaking] of [
    ['Breaking', true],
    ['Non-breaking', false],
  ] as const) {
    const list = report.changes.filter((c) => c.breaking === breaking);
    if (!list.length) continue;
    lines.push(`## ${title}`, '', '| subject | field | change |', '| --- | --- | --- |');
    for (const c of list) lines.push(`| ${esc(c.subject)} | ${esc(c.field ?? '')} | ${esc(c.message)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
