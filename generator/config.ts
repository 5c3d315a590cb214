// The config file (`ydocgen.config.json`, or `.mjs`/`.js`/`.ts` exporting the same object as default):
// read, checked key by key with errors that name the key and what it expects, then merged under flags.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Config {
  /** Docs folders or pages. Default `["spec"]`. */
  inputs: string[];
  /** Package folder. Default `generated`. */
  output: string;
  package: { name: string; version: string };
  /** Value of `{{ api-host }}` the generated client defaults to, and the OpenAPI servers use. */
  apiHost?: string;
  /** Other host variables. */
  hostVariables: Record<string, string>;
  emitters: { validators: boolean; fixtures: boolean };
  /** Warnings fail the run. */
  strict: boolean;
}

export const DEFAULTS: Config = {
  inputs: ['spec'],
  output: 'generated',
  package: { name: '@ydocgen/yandex-cloud', version: '0.1.0' },
  hostVariables: {},
  emitters: { validators: true, fixtures: true },
  strict: false,
};

export const CONFIG_FILES = ['ydocgen.config.json', 'ydocgen.config.mjs', 'ydocgen.config.js', 'ydocgen.config.ts'];

export class ConfigError extends Error {}

type Check = (value: unknown, key: string) => void;

const fail = (file: string, key: string, expected: string, value: unknown): never => {
  throw new ConfigError(`${file}: "${key}" must be ${expected} (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value})`);
};

/** Finds and reads the config file; undefined when there is none. */
export async function readConfig(cwd: string, explicit?: string): Promise<{ file: string; config: Config } | undefined> {
  const file = explicit ? resolve(cwd, explicit) : CONFIG_FILES.map((f) => resolve(cwd, f)).find((f) => existsSync(f));
  if (!file) return undefined;
  if (!existsSync(file)) throw new ConfigError(`config file not found: ${explicit}`);
  let raw: unknown;
  if (file.endsWith('.json')) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
  } else {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    raw = mod.default;
  }
  return { file, config: checkConfig(raw, file) };
}

export function checkConfig(raw: unknown, file: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, '(root)', 'an object', raw);
  const o = raw as Record<string, unknown>;
  const str: Check = (v, k) => (typeof v === 'string' && v !== '' ? undefined : fail(file, k, 'a non-empty string', v));
  const bool: Check = (v, k) => (typeof v === 'boolean' ? undefined : fail(file, k, 'true or false', v));
  const strings: Check = (v, k) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x) ? undefined : fail(file, k, 'a non-empty list of strings', v));
  const record = (v: unknown, k: string, keys: Record<string, Check>): void => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, k, 'an object', v);
    for (const [kk, vv] of Object.entries(v as object)) {
      const check = keys[kk];
      if (!check) throw new ConfigError(`${file}: unknown key "${k}.${kk}" (expected one of: ${Object.keys(keys).join(', ')})`);
      check(vv, `${k}.${kk}`);
    }
  };
  const top: Record<string, Check> = {
    $schema: () => undefined,
    inputs: strings,
    output: str,
    package: (v, k) => record(v, k, { name: (x, kk) => (typeof x === 'string' && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(x) ? undefined : fail(file, kk, 'a valid npm package name', x)), version: (x, kk) => (typeof x === 'string' && /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(x) ? undefined : fail(file, kk, 'a semver version like "1.2.3"', x)) }),
    apiHost: (v, k) => (typeof v === 'string' && /^[a-z0-9.-]+(:\d+)?$/i.test(v) ? undefined : fail(file, k, 'a host name like "api.cloud.yandex.net"', v)),
    hostVariables: (v, k) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, k, 'an object of host names', v);
      for (const [kk, vv] of Object.entries(v as object)) str(vv, `${k}.${kk}`);
    },
    emitters: (v, k) => record(v, k, { validators: bool, fixtures: bool, types: (x, kk) => (x === true ? undefined : fail(file, kk, 'true (types are always emitted)', x)), client: (x, kk) => (x === true ? undefined : fail(file, kk, 'true (the client is always emitted)', x)) }),
    strict: bool,
  };
  for (const [k, v] of Object.entries(o)) {
    const check = top[k];
    if (!check) throw new ConfigError(`${file}: unknown key "${k}" (expected one of: ${Object.keys(top).filter((x) => x !== '$schema').join(', ')})`);
    check(v, k);
  }
  const pkg = (o['package'] ?? {}) as Partial<Config['package']>;
  const em = (o['emitters'] ?? {}) as Partial<Config['emitters']>;
  const config: Config = {
    inputs: (o['inputs'] as string[] | undefined) ?? DEFAULTS.inputs,
    output: (o['output'] as string | undefined) ?? DEFAULTS.output,
    package: { name: pkg.name ?? DEFAULTS.package.name, version: pkg.version ?? DEFAULTS.package.version },
    hostVariables: (o['hostVariables'] as Record<string, string> | undefined) ?? {},
    emitters: { validators: em.validators ?? true, fixtures: em.fixtures ?? true },
    strict: (o['strict'] as boolean | undefined) ?? false,
    ...(typeof o['apiHost'] === 'string' ? { apiHost: o['apiHost'] } : {}),
  };
  if (config.emitters.fixtures && !config.emitters.validators) {
    throw new ConfigError(`${file}: "emitters.fixtures" needs "emitters.validators" (the mock checks requests with them)`);
  }
  return config;
}
