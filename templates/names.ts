// Names in emitted code: valid, collision-free identifiers whatever the docs contain, and text that
// cannot break out of a comment.
import { type ApiModel, EMPTY_TYPE, type FieldType, type Method, OPERATION_TYPE, type Resource, type Service } from '../generator/model/types.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private ' +
    'protected public static yield any boolean constructor declare get module require number set string symbol type from of unknown never ' +
    'object bigint undefined await async keyof readonly infer is asserts global ' +
    // Names the generated modules import or rely on.
    'Array Record Promise Object String Number Boolean Date Error Map Set JSON Symbol Partial Readonly ' +
    'HttpClient RequestOptions ClientOptions OperationHandle Operation PagePromise APIResource Endpoint Empty T'
  ).split(' '),
);

export function isIdentifier(s: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(s);
}

/** Anything → an identifier (characters outside [A-Za-z0-9_$] become `_`). */
export function toIdentifier(raw: string): string {
  let s = raw.replace(/[^\w$]/g, '_');
  if (!s) s = '_';
  if (/^\d/.test(s)) s = `_${s}`;
  return RESERVED.has(s) ? `${s}_` : s;
}

export function pascal(s: string): string {
  return toIdentifier(s.charAt(0).toUpperCase() + s.slice(1));
}

export function camel(s: string): string {
  return toIdentifier(s.charAt(0).toLowerCase() + s.slice(1));
}

/** A class member name: reserved words are fine there, `constructor` and the base class's field are not. */
export function memberName(s: string): string {
  const raw = (s.charAt(0).toLowerCase() + s.slice(1)).replace(/[^\w$]/g, '_') || '_';
  const id = /^\d/.test(raw) ? `_${raw}` : raw;
  return id === 'constructor' || id === '_http' ? `${id}_` : id;
}

/** `Thumbnail` → `thumbnails`, `StreamLine` → `streamLines`, `Playlist` → `playlists`. */
export function resourceProperty(resource: string): string {
  const c = resource.charAt(0).toLowerCase() + resource.slice(1);
  const plural = /(s|x|ch|sh)$/.test(c) ? `${c}es` : /[^aeiou]y$/.test(c) ? `${c.slice(0, -1)}ies` : `${c}s`;
  return memberName(plural);
}

/** A property key as written in an interface or object literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** Text for a JSDoc block: nothing in it can close the comment or start a tag. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@')
    .trim();
}

/** Types reachable from a service's methods, sorted by full name. */
export function serviceTypes(model: ApiModel, service: Service): string[] {
  const seen = new Set<string>();
  const visit = (name: string | undefined): void => {
    if (!name || seen.has(name)) return;
    const t = model.types[name];
    if (!t) return;
    seen.add(name);
    if (t.kind === 'message') for (const f of t.fields) refs(f.type).forEach(visit);
  };
  for (const r of service.resources)
    for (const m of r.methods) {
      [m.query, m.body, m.response.type, m.operation?.metadata, m.operation?.response].forEach(visit);
      for (const f of m.pathParams) refs(f.type).forEach(visit);
    }
  return [...seen].sort();
}

function refs(t: FieldType): string[] {
  if (t.kind === 'message' || t.kind === 'enum') return [t.ref];
  if (t.kind === 'map') return [...refs(t.key), ...refs(t.value)];
  return [];
}

/**
 * TypeScript names for a set of full type names: the shortest unique dotted suffix, joined with `_`
 * (`ScaledURL`, or `ThumbnailDownloadURL_ScaledURL` when two types end the same). Deterministic.
 */
export function assignTypeNames(fullNames: readonly string[], taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>();
  const parts = new Map(fullNames.map((n) => [n, n.split('.')]));
  let depth = 1;
  let pending = [...fullNames];
  const used = new Set(taken);
  while (pending.length > 0) {
    const candidates = new Map<string, string[]>();
    for (const n of pending) {
      const segs = parts.get(n)!;
      const name = toIdentifier(segs.slice(-depth).map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('_'));
      candidates.set(name, [...(candidates.get(name) ?? []), n]);
    }
    const next: string[] = [];
    for (const [name, owners] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const exhausted = owners.every((o) => parts.get(o)!.length <= depth);
      if ((owners.length === 1 || exhausted) && !used.has(name)) {
        owners.sort().forEach((o, i) => out.set(o, i === 0 ? name : `${name}_${i + 1}`));
        owners.forEach((o) => used.add(out.get(o)!));
      } else if (exhausted) {
        owners.sort().forEach((o, i) => {
          let n = `${name}_${i + 1}`;
          while (used.has(n)) n += '_';
          out.set(o, n);
          used.add(n);
        });
      } else next.push(...owners);
    }
    pending = next;
    depth++;
  }
  return out;
}

export interface ServiceTypeNames {
  /** Every type the service's methods reach, sorted; Operation included. */
  reachable: string[];
  /** The types its own modules declare (Operation lives in the runtime). */
  fullNames: string[];
  /** Full name → TS name; google.protobuf.Empty is the runtime's `Empty`. */
  types: Map<string, string>;
}

/** The one naming of a service's types, shared by every emitter (and by tests that look validators up). */
export function serviceTypeNames(model: ApiModel, service: Service): ServiceTypeNames {
  const reachable = serviceTypes(model, service);
  const fullNames = reachable.filter((n) => n !== OPERATION_TYPE);
  const params = new Set(service.resources.flatMap((r) => r.methods.map((m) => paramsTypeName(r, m))));
  const types = assignTypeNames(fullNames.filter((n) => n !== EMPTY_TYPE), params);
  if (fullNames.includes(EMPTY_TYPE)) types.set(EMPTY_TYPE, 'Empty');
  return { reachable, fullNames, types };
}

export function paramsTypeName(resource: Resource, method: Method): string {
  return pascal(`${resource.name}${method.name}Params`);
}
