// Fixtures as the generated modules ship them: a valid value and patches on it. Expanded here into
// plain values, each a fresh copy, so tests may change them freely.

export type PathSeg = string | number;

export interface RawVariant {
  name: string;
  at: PathSeg[];
  value?: unknown;
  remove?: true;
  constraint?: string;
  path?: string;
}

export interface Boundary<T> {
  name: string;
  value: T;
}

export interface Invalid {
  name: string;
  /** The constraint this variant breaks (and only this one). */
  constraint: string;
  /** The path the validator reports. */
  path: string;
  value: unknown;
}

export interface Fixtures<T> {
  /** Satisfies every documented constraint. */
  readonly valid: T;
  /** Valid values exactly at each documented limit. */
  readonly boundaries: Boundary<T>[];
  /** Each breaks one constraint, named. */
  readonly invalid: Invalid[];
}

/** Long strings travel as runs of one character (`{ $runs: [["a", 62]] }`), long lists as runs of one element (`{ $items: [[x, 1000]] }`): expand them. */
function expand(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expand);
  if (v === null || typeof v !== 'object') return v;
  const runs = (v as { $runs?: unknown }).$runs;
  if (Array.isArray(runs) && Object.keys(v).length === 1) return runs.map(([c, n]: [string, number]) => c.repeat(n)).join('');
  const items = (v as { $items?: unknown }).$items;
  if (Array.isArray(items) && Object.keys(v).length === 1) return items.flatMap(([x, n]: [unknown, number]) => Array.from({ length: n }, () => expand(x)));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = expand(x);
  return out;
}

function apply(base: unknown, v: RawVariant): unknown {
  const root = structuredClone(base);
  if (v.at.length === 0) return structuredClone(v.value);
  let node = root as Record<PathSeg, unknown>;
  for (const seg of v.at.slice(0, -1)) node = node[seg] as Record<PathSeg, unknown>;
  const last = v.at[v.at.length - 1]!;
  if (v.remove) delete node[last];
  else node[last] = structuredClone(v.value);
  return root;
}

export function fixtureSet<T>(validRaw: T, boundariesRaw: RawVariant[], invalidRaw: RawVariant[]): Fixtures<T> {
  const valid = expand(validRaw) as T;
  const boundaries = expand(boundariesRaw) as RawVariant[];
  const invalid = expand(invalidRaw) as RawVariant[];
  return {
    get valid() {
      return structuredClone(valid);
    },
    get boundaries() {
      return boundaries.map((b) => ({ name: b.name, value: apply(valid, b) as T }));
    },
    get invalid() {
      return invalid.map((b) => ({ name: b.name, constraint: b.constraint ?? '', path: b.path ?? '', value: apply(valid, b) }));
    },
  };
}
