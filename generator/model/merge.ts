// PageModels → one ApiModel. Types are identified by their full name; a type documented on several
// pages is kept once. Pages captured at different dates may disagree: the richer definition wins,
// deterministically, and the disagreement is reported with both places.
import type { PageModel } from '../parse/page.js';
import {
  type ApiModel,
  type Diagnostic,
  type Field,
  type FieldType,
  type Method,
  OPERATION_TYPE,
  type Resource,
  type Service,
  type SourceLocation,
  type TypeDef,
} from './types.js';

export interface MergeResult {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function mergePages(pagesIn: readonly PageModel[]): MergeResult {
  // Input order must not matter.
  const pages = [...pagesIn].sort((a, b) => byString(a.file, b.file));
  const diagnostics: Diagnostic[] = [];
  const warn = (rule: string, message: string, location: SourceLocation, related?: SourceLocation[]): void => {
    diagnostics.push({ rule, severity: 'warning', message, location, ...(related ? { related } : {}) });
  };

  // Services, resources, methods.
  const services = new Map<string, Service & { titleFrom?: SourceLocation }>();
  const serviceOf = (page: PageModel): Service & { titleFrom?: SourceLocation } => {
    const id = page.serviceId ?? 'api';
    let s = services.get(id);
    if (!s) {
      s = { id, title: '', resources: [] };
      services.set(id, s);
    }
    if (page.apiTitle) {
      const at = { file: page.file, line: 1, column: 1 };
      if (!s.title) {
        s.title = page.apiTitle;
        s.titleFrom = at;
      } else if (s.title !== page.apiTitle) {
        warn('merge/service-title', `service "${id}" is called "${page.apiTitle}" here and "${s.title}" elsewhere`, at, s.titleFrom ? [s.titleFrom] : undefined);
      }
    }
    return s;
  };
  const resourceOf = (s: Service, name: string): Resource => {
    let r = s.resources.find((x) => x.name === name);
    if (!r) {
      r = { name, description: '', methods: [] };
      s.resources.push(r);
    }
    return r;
  };

  const types = new Map<string, TypeDef>();
  for (const page of pages) {
    if (page.kind === 'other' || page.kind === 'service-index') {
      if (page.apiTitle) serviceOf(page);
      continue;
    }
    if (!page.resource) continue;
    const service = serviceOf(page);
    const resource = resourceOf(service, page.resource);
    if (page.kind === 'resource-index') {
      if (!resource.description) resource.description = page.description;
      continue;
    }
    if (page.method) {
      const dup = resource.methods.find((m) => m.name === page.method!.name);
      if (dup) {
        diagnostics.push({
          rule: 'merge/duplicate-method',
          severity: 'error',
          message: `${service.id} ${resource.name}.${page.method.name} is documented by two pages`,
          location: page.method.location,
          related: [dup.location],
        });
      } else resource.methods.push(page.method);
    }
    for (const t of page.types) {
      const prev = types.get(t.name);
      if (!prev) types.set(t.name, t);
      else types.set(t.name, pickRicher(prev, t, diagnostics));
    }
  }

  for (const s of services.values()) {
    if (!s.title) s.title = `${s.id.charAt(0).toUpperCase()}${s.id.slice(1)} API`;
    delete s.titleFrom;
    s.resources.sort((a, b) => byString(a.name, b.name));
    for (const r of s.resources) r.methods.sort((a, b) => byString(a.name, b.name));
  }
  const serviceList = [...services.values()].filter((s) => s.resources.some((r) => r.methods.length > 0)).sort((a, b) => byString(a.id, b.id));

  checkReferences(serviceList, types, diagnostics);
  const kept = reachableTypes(serviceList, types);
  const sortedTypes: Record<string, TypeDef> = {};
  for (const name of [...kept].sort(byString)) sortedTypes[name] = types.get(name)!;
  return { model: { services: serviceList, types: sortedTypes }, diagnostics };
}

/** Structure without places, for comparing two definitions. */
function shape(t: TypeDef): string {
  return JSON.stringify(t, (k, v) => (k === 'location' || k === 'synthetic' ? undefined : v));
}

function richness(t: TypeDef): number {
  if (t.kind === 'enum') return t.values.length * 10 + t.values.filter((v) => v.description).length;
  return (
    t.fields.length * 1000 +
    t.fields.reduce((n, f) => n + f.constraints.length * 10 + (f.deprecated ? 1 : 0), 0) +
    t.oneofs.length * 10 +
    Math.min(9, t.fields.filter((f) => f.description).length)
  );
}

function pickRicher(a: TypeDef, b: TypeDef, diagnostics: Diagnostic[]): TypeDef {
  if (shape(a) === shape(b)) return a;
  // A named definition always wins over one the parser had to make up.
  if (a.kind === 'message' && b.kind === 'message' && a.synthetic !== b.synthetic) return a.synthetic ? b : a;
  const [winner, loser] = richness(b) > richness(a) ? [b, a] : [a, b];
  // `+x`: the kept definition has x and this page's lacks it; `-x`: the other way round.
  const what = describeDifference(loser, winner);
  const structural = what.some((d) => !d.startsWith('description'));
  diagnostics.push({
    rule: 'merge/type-differs',
    // The Operation legitimately differs page to page (per-method metadata/response); descriptions
    // reworded between capture dates are worth knowing, not worth a warning.
    severity: structural && a.name !== OPERATION_TYPE ? 'warning' : 'info',
    message: `${a.name} differs between pages (${what.join('; ')}); kept the one at ${winner.location.file}:${winner.location.line}`,
    location: loser.location,
    related: [winner.location],
  });
  return winner;
}

function describeDifference(a: TypeDef, b: TypeDef): string[] {
  if (a.kind !== b.kind) return [`a ${a.kind} here, a ${b.kind} there`];
  const out: string[] = [];
  if (a.kind === 'enum' && b.kind === 'enum') {
    const an = a.values.map((v) => v.name);
    const bn = b.values.map((v) => v.name);
    const only = (x: string[], y: string[]): string[] => x.filter((n) => !y.includes(n));
    if (only(an, bn).length || only(bn, an).length) out.push(`values ${[...only(an, bn).map((n) => `-${n}`), ...only(bn, an).map((n) => `+${n}`)].join(' ')}`);
    if (out.length === 0) out.push('descriptions');
    return out;
  }
  if (a.kind !== 'message' || b.kind !== 'message') return out;
  const names = (m: typeof a): string[] => m.fields.map((f) => f.name);
  const removed = names(a).filter((n) => !names(b).includes(n));
  const added = names(b).filter((n) => !names(a).includes(n));
  if (removed.length || added.length) out.push(`fields ${[...removed.map((n) => `-${n}`), ...added.map((n) => `+${n}`)].join(' ')}`);
  const fieldShape = (f: Field): string =>
    JSON.stringify({ t: f.type, r: f.repeated, d: f.deprecated, c: f.constraints.map((c) => ({ ...c, sentence: undefined, location: undefined })) });
  const changed = a.fields.filter((f) => {
    const g = b.fields.find((x) => x.name === f.name);
    return g && fieldShape(f) !== fieldShape(g);
  });
  if (changed.length) out.push(`types or constraints of ${changed.map((f) => f.name).join(', ')}`);
  if (JSON.stringify(a.oneofs) !== JSON.stringify(b.oneofs)) out.push('oneof groups');
  if (out.length === 0) out.push('descriptions');
  return out;
}

function refsOf(t: FieldType): string[] {
  if (t.kind === 'message' || t.kind === 'enum') return [t.ref];
  if (t.kind === 'map') return [...refsOf(t.key), ...refsOf(t.value)];
  return [];
}

function methodRefs(m: Method): string[] {
  return [m.query, m.body, m.response.type, m.operation?.metadata, m.operation?.response].filter((x): x is string => !!x);
}

function checkReferences(services: Service[], types: Map<string, TypeDef>, diagnostics: Diagnostic[]): void {
  const missing = (ref: string, location: SourceLocation, what: string): void => {
    diagnostics.push({ rule: 'model/undefined-type', severity: 'error', message: `${what} refers to ${ref}, which no page defines`, location });
  };
  for (const t of types.values()) {
    if (t.kind !== 'message') continue;
    for (const f of t.fields) for (const r of refsOf(f.type)) if (!types.has(r)) missing(r, f.location, `field ${t.name}.${f.name}`);
  }
  for (const s of services)
    for (const r of s.resources)
      for (const m of r.methods) {
        for (const ref of methodRefs(m)) if (!types.has(ref)) missing(ref, m.location, `method ${r.name}.${m.name}`);
        for (const f of m.pathParams) for (const ref of refsOf(f.type)) if (!types.has(ref)) missing(ref, f.location, `path parameter ${f.name}`);
      }
}

/** Every type a method or a named type reaches; made-up types nothing reaches are dropped. */
function reachableTypes(services: Service[], types: Map<string, TypeDef>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const t = types.get(name);
    if (!t) return;
    seen.add(name);
    if (t.kind === 'message') for (const f of t.fields) refsOf(f.type).forEach(visit);
  };
  for (const s of services) for (const r of s.resources) for (const m of r.methods) {
    methodRefs(m).forEach(visit);
    for (const f of m.pathParams) refsOf(f.type).forEach(visit);
  }
  for (const t of types.values()) if (!(t.kind === 'message' && t.synthetic)) visit(t.name);
  return seen;
}
