// One page (mdast) → PageModel: what the page says about its method and the types it defines.
// Both layouts (the `#|` pages and the older GFM-table pages) come out in the same shape.
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import { DiagnosticBag } from '../diagnostics.js';
import {
  type Diagnostic,
  type Field,
  type JsonExample,
  type MessageType,
  type Method,
  OPERATION_TYPE,
  type SourceLocation,
  type TypeDef,
} from '../model/types.js';
import { EndpointError, parseEndpoint } from './endpoint.js';
import { checkExample } from './examples.js';
import { isTable, readFieldTable } from './field-table.js';
import { buildMessages, type MessageDraft } from './fields.js';
import { checkPlayground, type FrontMatter, readFrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';
import { blocksToMarkdown } from './markdown-out.js';
import { outlineOf, type Section } from './sections.js';

export type PageKind = 'method' | 'resource-index' | 'service-index' | 'other';

export interface PageModel {
  file: string;
  kind: PageKind;
  layout: 'yfm' | 'legacy';
  /** e.g. `Video API` (absent on older pages). */
  apiTitle?: string;
  serviceId?: string;
  resource?: string;
  description: string;
  method?: Method;
  types: TypeDef[];
  diagnostics: Diagnostic[];
}

const TITLE_METHOD = /^(.+?),\s*REST:\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/;
const TITLE_RESOURCE = /^(.+?),\s*REST:\s*([A-Za-z_]\w*)(?:\s+methods)?$/i;
const TITLE_SERVICE = /^(.+?):\s*REST reference$/i;
const TITLE_LEGACY_METHOD = /^Method\s+([A-Za-z_]\w*)$/i;

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function readPage(file: string, text: string): PageModel {
  const diagnostics = new DiagnosticBag(file);
  const tree = parseMarkdown(text.replace(/^\uFEFF/, ''));
  const outline = outlineOf(tree);
  const fm = outline.frontMatter ? readFrontMatter(outline.frontMatter, diagnostics) : undefined;
  reportUnclosedTables(tree, diagnostics);
  const pathInfo = /(?:^|[\\/])([^\\/]+)[\\/]api-ref[\\/](?:([^\\/]+)[\\/])?[^\\/]+\.md$/.exec(file);
  const page: PageModel = { file, kind: 'other', layout: 'yfm', description: '', types: [], diagnostics: diagnostics.list };
  if (pathInfo) page.serviceId = pathInfo[1]!;

  if (!outline.h1) {
    // Include stubs (`{% include … %}`) and other pages with no structure are not API pages.
    if (!tree.children.some((n) => n.type === 'heading' || isTable(n))) {
      diagnostics.info('page/not-api', 'the page has no title, headings or tables: not an API page; skipped', { line: 1, column: 1 });
    } else diagnostics.error('page/no-title', 'the page has no "# " title', { line: 1, column: 1 });
    return page;
  }
  for (const node of outline.preamble) {
    if (!isBreadcrumb(node)) diagnostics.warn('page/text-before-title', 'text before the page title is ignored', node.position?.start);
  }
  const title = outline.h1.title;
  const h1At = outline.h1.node.position?.start;
  page.description = blocksToMarkdown(outline.intro);

  let methodName: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = TITLE_METHOD.exec(title))) {
    page.apiTitle = m[1]!.trim();
    page.resource = m[2]!;
    methodName = pascal(m[3]!);
  } else if ((m = TITLE_LEGACY_METHOD.exec(title))) {
    page.layout = 'legacy';
    methodName = pascal(m[1]!);
    page.resource = pathInfo?.[2];
  } else if ((m = TITLE_SERVICE.exec(title))) {
    page.apiTitle = m[1]!.trim();
    page.kind = 'service-index';
    return page;
  } else if ((m = TITLE_RESOURCE.exec(title))) {
    page.apiTitle = m[1]!.trim();
    page.resource = m[2]!;
    page.kind = 'resource-index';
    noteSkippedSections(outline.sections, diagnostics);
    return page;
  } else if (outline.sections.some((s) => /^(Methods|JSON Representation)$/i.test(s.title))) {
    page.layout = 'legacy';
    page.resource = title;
    page.kind = 'resource-index';
    noteSkippedSections(outline.sections, diagnostics);
    return page;
  } else {
    diagnostics.info('page/not-api', `"${title}" is not an API method or resource page; skipped`, h1At);
    return page;
  }

  if (!page.serviceId && page.apiTitle) page.serviceId = slug(page.apiTitle);
  if (!page.resource) {
    diagnostics.error('page/no-resource', 'cannot tell the resource: the title does not name it and the file is not in <service>/api-ref/<Resource>/', h1At);
    return page;
  }
  page.kind = 'method';
  readMethodPage(page, methodName, outline.sections, fm, h1At, diagnostics);
  return page;
}

/** `#|` that never finds its `|#` is not a table to the renderer: it shows as text. Say so. */
function reportUnclosedTables(tree: Root, diagnostics: DiagnosticBag): void {
  visit(tree, 'paragraph', (p) => {
    const first = p.children[0];
    if (first?.type === 'text' && first.value.startsWith('#|')) {
      diagnostics.error('yfm-table/unclosed', 'a "#|" table is not closed by "|#" (or does not start after a blank line); it is not read', p.position?.start);
    }
  });
}

function isBreadcrumb(node: RootContent): boolean {
  return node.type === 'paragraph' && / > /.test(toString(node));
}

function slug(apiTitle: string): string {
  return apiTitle
    .replace(/\s+API$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function noteSkippedSections(sections: Section[], diagnostics: DiagnosticBag): void {
  for (const s of sections) {
    if (/^Methods$/i.test(s.title)) continue;
    diagnostics.info('page/section-skipped', `section "${s.title}" of a resource index is not read (method pages document the same types)`, s.heading.position?.start);
  }
}

function readMethodPage(
  page: PageModel,
  methodName: string,
  sections: Section[],
  fm: FrontMatter | undefined,
  h1At: Point | undefined,
  diagnostics: DiagnosticBag,
): void {
  const httpSection = sections.find((s) => /^HTTP request$/i.test(s.title));
  let endpoint: Method['http'] | undefined;
  if (!httpSection) diagnostics.error('method/no-http-request', 'method page has no "## HTTP request" section', h1At);
  else {
    const code = httpSection.blocks.find((b): b is Code => b.type === 'code');
    const lines = code?.value.split(/\r?\n/) ?? [];
    const index = lines.findIndex((l) => l.trim() !== '');
    const line = lines[index];
    if (!code || line === undefined) diagnostics.error('method/no-http-request', '"## HTTP request" has no code block with "VERB URL"', httpSection.heading.position?.start);
    else {
      try {
        endpoint = parseEndpoint(line);
      } catch (e) {
        if (!(e instanceof EndpointError)) throw e;
        // Point at the line itself: fenced content starts on the line after the fence.
        const at = code.position ? { line: code.position.start.line + 1 + index, column: 1 } : undefined;
        diagnostics.error('method/bad-http-request', e.message, at);
      }
    }
  }

  const pkg = packageOf(endpoint?.path, page.serviceId);
  const synthetic = (suffix: string): string => `${pkg}.${page.resource}Service.${methodName}${suffix}`;
  const aliases = anchorAliases(sections);
  const canonical = (anchor: string): string => aliases.get(anchor) ?? anchor;
  const isTypeName = (anchor: string | undefined): anchor is string => !!anchor && /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/.test(anchor);

  const types = new Map<string, TypeDef>();
  const addTypes = (defs: TypeDef[], at: Point | undefined): void => {
    for (const t of defs) {
      if (t.kind === 'message') for (const f of t.fields) if (f.type.kind === 'message') f.type = { kind: 'message', ref: canonical(f.type.ref) };
      const prev = types.get(t.name);
      if (prev && JSON.stringify(strip(prev)) !== JSON.stringify(strip(t))) {
        diagnostics.warn('type/differs-on-page', `${t.name} is defined twice on this page, differently; the first is kept`, at, [prev.location]);
      }
      if (!prev) types.set(t.name, t);
    }
  };
  const readSection = (s: Section, name: string, isSynthetic: boolean, untyped: boolean): MessageType => {
    const tables = s.blocks.filter(isTable);
    if (tables.length > 1) diagnostics.error('section/many-tables', `section "${s.title}" has ${tables.length} tables; one was expected`, tables[1]!.position?.start);
    const table = tables[0];
    const prose = s.blocks.filter((b) => b.type === 'paragraph' && !isHttpCode(b));
    const ft = table ? readFieldTable(table, diagnostics) : undefined;
    if (ft?.layout === 'legacy') page.layout = 'legacy';
    if (ft && !/^(Field|Parameter)$/i.test(ft.header[0] ?? '')) {
      diagnostics.warn('table/header', `unexpected table header "${ft.header.join(' | ')}"`, table?.position?.start);
    }
    const draft: MessageDraft = {
      name,
      description: blocksToMarkdown(prose),
      rows: ft?.rows ?? [],
      layout: ft?.layout ?? 'yfm',
      synthetic: isSynthetic,
      at: s.heading.position?.start,
      ...(untyped && ft?.layout === 'legacy' ? { untypedRows: 'infer' as const } : {}),
    };
    const defs = buildMessages(draft, diagnostics);
    addTypes(defs, s.heading.position?.start);
    return defs[0] as MessageType;
  };

  const method: Method = {
    name: methodName,
    description: page.description,
    http: endpoint ?? { verb: 'GET', host: '', hostVariables: [], path: '/', pathParams: [] },
    pathParams: [],
    response: { status: 200, statusText: 'OK' },
    examples: [],
    location: diagnostics.at(h1At),
  };
  const exampleChecks: Array<{ text: string; type: string; location: SourceLocation }> = [];
  const collectExample = (s: Section, part: JsonExample['part'], type: string | undefined): void => {
    for (const b of s.blocks) {
      if (b.type !== 'code' || !/^json/i.test(b.lang ?? '')) continue;
      const location = diagnostics.at(b.position?.start);
      method.examples.push({ part, text: b.value, location });
      if (type) exampleChecks.push({ text: b.value, type, location });
    }
  };

  for (const s of sections) {
    const at = s.heading.position?.start;
    const anchor = s.anchor && isTypeName(s.anchor) ? canonical(s.anchor) : undefined;
    if (/^HTTP request$/i.test(s.title)) continue;
    if (/^Path parameters$/i.test(s.title)) {
      const msg = readSection(s, synthetic('PathParams'), true, true);
      types.delete(msg.name);
      method.pathParams = msg.fields;
    } else if (/^Query parameters$/i.test(s.title)) {
      method.query = readSection(s, anchor ?? synthetic('Query'), !anchor, true).name;
      collectExample(s, 'query', method.query);
    } else if (/^Body parameters$/i.test(s.title)) {
      method.body = readSection(s, anchor ?? synthetic('Body'), !anchor, false).name;
      collectExample(s, 'body', method.body);
    } else if (/^Responses?$/i.test(s.title)) {
      readHttpCode(s, method, diagnostics);
      const hasTable = s.blocks.some(isTable);
      if (!hasTable && !anchor) continue;
      const legacyOperation = !anchor && looksLikeOperation(s);
      const name = anchor ?? (legacyOperation ? OPERATION_TYPE : synthetic('Response'));
      method.response.type = readSection(s, name, !anchor, false).name;
      collectExample(s, 'response', method.response.type);
    } else if (anchor) {
      readSection(s, anchor, false, false);
    } else {
      diagnostics.warn('page/unknown-section', `section "${s.title}" is not one a method page has; not read`, at);
    }
  }

  if (endpoint) checkPathParams(endpoint, method.pathParams, httpSection, diagnostics);
  if (method.response.type === OPERATION_TYPE) method.operation = splitOperation(types);
  for (const ex of exampleChecks) checkExample(ex.text, ex.type, types, ex.location, diagnostics);
  if (fm) checkPlayground(fm, { endpoint, pathParams: method.pathParams, query: method.query, body: method.body, types }, diagnostics);

  page.method = method;
  page.types = [...types.values()];
}

/** `/lockbox/v1/secrets` → `yandex.cloud.lockbox.v1`: the package older pages' made-up names live in. */
function packageOf(path: string | undefined, serviceId: string | undefined): string {
  const m = path ? /^\/([a-z][\w-]*)\/(v\d+\w*)\//.exec(path) : null;
  if (m) return `yandex.cloud.${m[1]!.replace(/-/g, '_')}.${m[2]}`;
  return `yandex.cloud.${(serviceId ?? 'unknown').replace(/-/g, '_')}`;
}

/**
 * A type that stands twice on a page gets an anchor with a numeric suffix the second time
 * (`## AccessBinding {#yandex.cloud.access.AccessBinding2}`): the same type.
 */
function anchorAliases(sections: Section[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const s of sections) {
    if (!s.anchor) continue;
    const m = /^(.*\.([A-Za-z_]\w*?))(\d+)$/.exec(s.anchor);
    if (m && m[2] === s.title) aliases.set(s.anchor, m[1]!);
  }
  return aliases;
}

function strip(t: TypeDef): unknown {
  return JSON.parse(JSON.stringify(t, (k, v) => (k === 'location' ? undefined : v)));
}

function isHttpCode(b: RootContent): boolean {
  return b.type === 'paragraph' && /^HTTP Code:/i.test(toString(b).trim());
}

function readHttpCode(s: Section, method: Method, diagnostics: DiagnosticBag): void {
  const p = s.blocks.find(isHttpCode) as Paragraph | undefined;
  if (!p) {
    diagnostics.warn('response/no-status', 'response section does not state "**HTTP Code: …**"; 200 assumed', s.heading.position?.start);
    return;
  }
  const m = /^HTTP Code:\s*(\d{3})\s*(?:-\s*(.*))?$/i.exec(toString(p).trim());
  if (!m) diagnostics.error('response/bad-status', `cannot read "${toString(p).trim()}"`, p.position?.start);
  else method.response = { ...method.response, status: Number(m[1]), statusText: (m[2] ?? '').trim() };
}

/** Older pages document the Operation inline with no name; its fields give it away. */
function looksLikeOperation(s: Section): boolean {
  const table = s.blocks.find(isTable);
  if (!table) return false;
  const names = new Set(table.children.map((row) => toString(row.children[0] ?? { type: 'text', value: '' }, { includeHtml: false }).trim()));
  return ['id', 'done', 'metadata', 'response'].every((n) => names.has(n));
}

/**
 * The Operation on a method page names that method's metadata and response types. Lift them into the
 * method and keep the shared Operation type generic, so every page's Operation is the same type.
 */
function splitOperation(types: Map<string, TypeDef>): Method['operation'] {
  const op = types.get(OPERATION_TYPE);
  if (op?.kind !== 'message') return {};
  const out: NonNullable<Method['operation']> = {};
  for (const part of ['metadata', 'response'] as const) {
    // No `response` field: the method answers google.protobuf.Empty (Delete and the like).
    const f = op.fields.find((x) => x.name === part);
    if (f?.type.kind === 'message') {
      out[part] = f.type.ref;
      f.type = { kind: 'object' };
    }
  }
  return out;
}

function checkPathParams(endpoint: Method['http'], params: Field[], section: Section | undefined, diagnostics: DiagnosticBag): void {
  const at = section?.heading.position?.start;
  for (const p of endpoint.pathParams) {
    if (!params.some((f) => f.name === p)) diagnostics.error('path/undocumented-param', `path parameter {${p}} has no row in "Path parameters"`, at);
  }
  for (const f of params) {
    if (!endpoint.pathParams.includes(f.name)) diagnostics.error('path/unused-param', `path parameter "${f.name}" does not appear in the URL ${endpoint.path}`, f.location);
  }
}
