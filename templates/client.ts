// ApiModel → one class per resource (one async method per API method), a class per service, and the
// root client. Only what differs per API is emitted; the behaviour lives in the runtime (templates/runtime).
import { type MethodDeclarationStructure, type SourceFile, type StatementStructures, StructureKind } from 'ts-morph';
import type { ApiModel, Method, Resource, Service } from '../generator/model/types.js';
import { OPERATION_TYPE } from '../generator/model/types.js';
import { camel, docText, memberName, paramsTypeName, pascal, resourceProperty } from './names.js';
import { fieldTypeText, type TypeNames } from './types.js';
import { validatorName } from './validators.js';

/** How a list method pages: the request's token field, the response's token and item fields. */
export interface Paging {
  items: string;
  /** As written in a resource module (`T.Video`, `Operation`, `string`). */
  itemType: string;
}

/** A type from the service's types module is referred to through the `T` namespace there. */
function qualified(text: string): string {
  return /^[A-Z]\w*$/.test(text) && text !== 'Operation' ? `T.${text}` : text;
}

export function pagingOf(model: ApiModel, method: Method, names: TypeNames): Paging | undefined {
  const req = [method.query, method.body].map((r) => (r ? model.types[r] : undefined));
  const hasToken = req.some((t) => t?.kind === 'message' && t.fields.some((f) => f.name === 'pageToken' && !f.repeated));
  const res = method.response.type ? model.types[method.response.type] : undefined;
  if (!hasToken || res?.kind !== 'message' || !res.fields.some((f) => f.name === 'nextPageToken')) return undefined;
  const lists = res.fields.filter((f) => f.repeated);
  if (lists.length !== 1) return undefined;
  const list = lists[0]!;
  return { items: list.name, itemType: qualified(fieldTypeText({ ...list, repeated: false }, model, names)) };
}

/** File name (no extension) of a resource's module: any name, made safe for a path. */
export function resourceFile(resource: Resource): string {
  return resource.name.replace(/[^\w-]/g, '_') || '_';
}

export function resourceClassName(resource: Resource): string {
  return pascal(`${resource.name}Resource`);
}

export function emitResource(file: SourceFile, model: ApiModel, service: Service, resource: Resource, names: TypeNames, withValidators = true): void {
  const used = new Set<string>(['APIResource', 'type Endpoint', 'type RequestOptions']);
  const validators = new Set<string>();
  const endpoints = resource.methods.map((m) => {
    const spec = {
      service: service.id,
      name: `${resource.name}.${m.name}`,
      method: m.http.verb,
      host: m.http.host,
      path: m.http.path,
      pathParams: m.pathParams.map((f) => f.name),
      queryParams: queryFieldNames(model, m),
      hasBody: m.body !== undefined,
    };
    const validate = validatorName(paramsTypeName(resource, m));
    const response = m.response.type === OPERATION_TYPE ? 'Operation' : m.response.type ? names.types.get(m.response.type) : undefined;
    const validateResponse = response ? validatorName(response) : undefined;
    const json = JSON.stringify(spec);
    if (!withValidators) return `${JSON.stringify(memberName(m.name))}: ${json}`;
    validators.add(validate);
    if (validateResponse) validators.add(validateResponse);
    return `${JSON.stringify(memberName(m.name))}: ${json.slice(0, -1)}, validate: ${validate}${validateResponse ? `, validateResponse: ${validateResponse}` : ''} }`;
  });

  const methods: MethodDeclarationStructure[] = [];
  for (const m of resource.methods) {
    const key = memberName(m.name);
    const params = `T.${paramsTypeName(resource, m)}`;
    const paramsOptional = !hasRequiredInput(model, m);
    const doc = docText([m.description, `\`${m.http.verb} ${m.http.path}\``].filter(Boolean).join('\n\n'));
    const paging = pagingOf(model, m, names);
    const responseType = m.response.type ? (names.types.get(m.response.type) ?? 'Record<string, unknown>') : 'Record<string, never>';
    const parameters = [
      { name: 'params', type: params, ...(paramsOptional ? { initializer: '{}' } : {}) },
      { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
    ];
    const endpoint = `ENDPOINTS[${JSON.stringify(key)}]`;
    const base = { kind: StructureKind.Method as const, name: key, parameters };
    if (m.response.type === OPERATION_TYPE) {
      const resp = m.operation?.response ? `T.${names.types.get(m.operation.response)}` : 'Empty';
      const meta = m.operation?.metadata ? `T.${names.types.get(m.operation.metadata)}` : 'unknown';
      ['type Operation', 'OperationHandle', ...(resp === 'Empty' ? ['type Empty'] : [])].forEach((x) => used.add(x));
      methods.push({
        ...base,
        isAsync: true,
        docs: [`${doc}\n\nLong-running: resolves to a handle; \`await handle.wait()\` gives the result.`],
        returnType: `Promise<OperationHandle<${resp}, ${meta}>>`,
        statements: [
          `const operation = await this._http.call<Operation<${resp}, ${meta}>>(${endpoint}, params, options);`,
          `return new OperationHandle<${resp}, ${meta}>(this._http, operation);`,
        ],
      });
    } else if (paging) {
      used.add('PagePromise');
      if (paging.itemType === 'Operation') used.add('type Operation');
      const page = `T.${responseType}`;
      methods.push({
        ...base,
        docs: [`${doc}\n\nAwait it for the first page, or iterate it (\`for await\`) for every item across pages.`],
        returnType: `PagePromise<${page}, ${paging.itemType}>`,
        statements: [
          `return new PagePromise<${page}, ${paging.itemType}>(`,
          `  (pageToken) => this._http.call<${page}>(${endpoint}, pageToken === undefined ? params : { ...params, pageToken }, options),`,
          `  (page) => page.${paging.items},`,
          `  (page) => page.nextPageToken,`,
          `  undefined,`,
          `);`,
        ],
      });
    } else {
      const rt = m.response.type ? `T.${responseType}` : 'Record<string, never>';
      methods.push({ ...base, docs: [doc], returnType: `Promise<${rt}>`, statements: [`return this._http.call<${rt}>(${endpoint}, params, options);`] });
    }
  }

  const statements: Array<string | StatementStructures> = [
    `// ${service.title.replace(/[\r\n]/g, ' ')}: ${resource.name}. Generated by ydocgen: do not edit.`,
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../core/index.js', namedImports: [...used].sort((a, b) => bare(a).localeCompare(bare(b))) },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' },
    ...(validators.size ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: './validate.js', namedImports: [...validators].sort() }] : []),
    `const ENDPOINTS = {\n${endpoints.join(',\n')}\n} as const satisfies Record<string, Endpoint>;`,
    {
      kind: StructureKind.Class,
      name: resourceClassName(resource),
      isExported: true,
      extends: 'APIResource',
      docs: [docText(resource.description || `Methods of ${resource.name}.`)],
      methods,
    },
  ];
  file.addStatements(statements);
}

const bare = (s: string): string => s.replace(/^type /, '');

function queryFieldNames(model: ApiModel, m: Method): string[] {
  const q = m.query ? model.types[m.query] : undefined;
  return q?.kind === 'message' ? q.fields.map((f) => f.name) : [];
}

function hasRequiredInput(model: ApiModel, m: Method): boolean {
  if (m.pathParams.length) return true;
  return [m.query, m.body].some((r) => {
    const t = r ? model.types[r] : undefined;
    return t?.kind === 'message' && t.fields.some((f) => f.constraints.some((c) => c.kind === 'required'));
  });
}

export function serviceClassName(service: Service): string {
  return pascal(`${service.id.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase())}Service`);
}

/** `<service>/index.ts`: the service's resources as properties, and its types. */
export function emitServiceIndex(file: SourceFile, service: Service, hostDefaults: Record<string, string>, withValidators = true): void {
  file.addStatements(`// ${service.title.replace(/[\r\n]/g, ' ')}. Generated by ydocgen: do not edit.`);
  file.addImportDeclaration({ moduleSpecifier: '../core/index.js', namedImports: ['type ClientOptions', 'HttpClient'] });
  for (const r of service.resources) file.addImportDeclaration({ moduleSpecifier: `./${resourceFile(r)}.js`, namedImports: [resourceClassName(r)] });
  file.addExportDeclaration({ moduleSpecifier: './types.js' });
  if (withValidators) file.addExportDeclaration({ moduleSpecifier: './validate.js' });
  for (const r of service.resources) file.addExportDeclaration({ moduleSpecifier: `./${resourceFile(r)}.js`, namedExports: [resourceClassName(r)] });
  file.addStatements(`/** Documented defaults of the host variables this service's endpoints use. */\nexport const HOST_DEFAULTS: Readonly<Record<string, string>> = Object.freeze(${JSON.stringify(hostDefaults)});`);
  const cls = file.addClass({ name: serviceClassName(service), isExported: true, docs: [docText(`${service.title}.`)] });
  for (const r of service.resources) {
    cls.addProperty({ name: resourceProperty(r.name), isReadonly: true, type: resourceClassName(r), docs: r.description ? [docText(r.description)] : [] });
  }
  cls.addConstructor({
    parameters: [{ name: 'http', type: 'HttpClient' }],
    statements: service.resources.map((r) => `this.${resourceProperty(r.name)} = new ${resourceClassName(r)}(http);`),
  });
  file.addClass({
    name: serviceClassName(service).replace(/Service$/, 'Client'),
    isExported: true,
    extends: serviceClassName(service),
    docs: [docText(`A client for the ${service.title} alone.`)],
    ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: ['super(new HttpClient(options, HOST_DEFAULTS));'] }],
  });
}

/** `index.ts`: the runtime, each service as a namespace, and one client for all. */
export function emitRootIndex(file: SourceFile, services: Service[]): void {
  file.addStatements('// Generated by ydocgen: do not edit.');
  file.addImportDeclaration({ moduleSpecifier: './core/index.js', namedImports: ['type ClientOptions', 'HttpClient'] });
  for (const s of services) {
    file.addImportDeclaration({ moduleSpecifier: `./${s.id}/index.js`, namedImports: [`${serviceClassName(s)}`, `HOST_DEFAULTS as ${camel(s.id)}HostDefaults`] });
  }
  file.addExportDeclaration({ moduleSpecifier: './core/index.js' });
  for (const s of services) file.addExportDeclaration({ moduleSpecifier: `./${s.id}/index.js`, namespaceExport: camel(s.id) });
  const cls = file.addClass({
    name: 'YandexCloud',
    isExported: true,
    docs: [docText(`One client for ${services.map((s) => s.title).join(', ')}.`)],
  });
  for (const s of services) cls.addProperty({ name: camel(s.id), isReadonly: true, type: serviceClassName(s) });
  cls.addConstructor({
    parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
    statements: [
      `const http = new HttpClient(options, { ${services.map((s) => `...${camel(s.id)}HostDefaults`).join(', ')} });`,
      ...services.map((s) => `this.${camel(s.id)} = new ${serviceClassName(s)}(http);`),
    ],
  });
}
