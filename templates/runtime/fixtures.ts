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

export function fixtureSet<T>(valid: T, boundaries: RawVariant[], invalid: RawVariant[]): Fixtures<T> {
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
