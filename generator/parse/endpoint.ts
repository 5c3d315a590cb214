// `## HTTP request` → verb, host template and path template.
import { decodeHTML } from './entities.js';
import type { HttpEndpoint, HttpVerb } from '../model/types.js';

const VERBS: readonly HttpVerb[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export class EndpointError extends Error {}

/** Reads `POST https://video.{{ api-host }}/video/v1/x:y` (host variables kept as `{{ name }}`). */
export function parseEndpoint(line: string): HttpEndpoint {
  const m = /^\s*([A-Za-z]+)\s+(\S.*?)\s*$/.exec(decodeHTML(line));
  if (!m) throw new EndpointError(`expected "VERB URL", got "${line.trim()}"`);
  const verb = m[1]!.toUpperCase() as HttpVerb;
  if (!VERBS.includes(verb)) throw new EndpointError(`unknown HTTP verb "${m[1]}"`);
  // Host variables may hold spaces (`{{ api-host }}`): normalise before splitting host from path.
  const url = m[2]!.replace(/\{\{\s*([\w-]+)\s*\}\}/g, '{{ $1 }}');
  const u = /^https?:\/\/((?:[^/\s{]|\{\{ [\w-]+ \}\})+)(\/\S*)?$/.exec(url);
  if (!u) throw new EndpointError(`cannot read the URL "${m[2]}"`);
  const host = u[1]!;
  const path = u[2] ?? '/';
  if (/\s/.test(path)) throw new EndpointError(`the path "${path}" holds white space`);
  const hostVariables = [...host.matchAll(/\{\{ ([\w-]+) \}\}/g)].map((x) => x[1]!);
  const pathParams = [...path.matchAll(/\{([^{}/]+)\}/g)].map((x) => x[1]!);
  return { verb, host, hostVariables, path, pathParams };
}

/** Defaults of the host variables the docs use (their build presets); `api-host` is the public API. */
export const KNOWN_HOST_VARIABLES: Readonly<Record<string, string>> = {
  'api-host': 'api.cloud.yandex.net',
  'api-host-lockbox': 'lockbox.api.cloud.yandex.net',
  'api-host-lockbox-payload': 'payload.lockbox.api.cloud.yandex.net',
};
