// ApiModel → the files of the generated package: TypeScript built with ts-morph, formatted with
// prettier, compiled to dist/ (JS + .d.ts) with the TypeScript that ts-morph carries.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { IndentationText, Project, QuoteKind, ts } from 'ts-morph';
import { emitResource, emitRootIndex, emitServiceIndex, resourceFile } from '../templates/client.js';
import { serviceTypeNames } from '../templates/names.js';
import { packageJson, type PackageInfo, readme, tsconfigJson } from '../templates/package.js';
import { emitTypes } from '../templates/types.js';
import { type ApiModel, type Diagnostic, OPERATION_TYPE } from './model/types.js';
import { emitValidators } from '../templates/validators.js';
import { emitFixturesEntry, emitFixturesModule, emitMockModule } from '../templates/fixtures-module.js';
import { KNOWN_HOST_VARIABLES } from './parse/endpoint.js';

export interface EmitOptions extends PackageInfo {
  /** Compile dist/ (JS + declarations). Default true. */
  compile?: boolean;
  /** Emit validators (the client then checks requests). Default true. */
  validators?: boolean;
  /** Emit fixtures and the mock (needs validators). Default true. */
  fixtures?: boolean;
  /** Defaults of host variables baked into the client (`api-host` and others). */
  hostVariables?: Record<string, string>;
}

export type FileMap = Map<string, string>;

const RUNTIME_DIR = join(dirname(fileURLToPath(import.meta.url)), '../templates/runtime');

const PRETTIER: prettier.Options = { parser: 'typescript', printWidth: 120, singleQuote: true, trailingComma: 'all', endOfLine: 'lf' };

export interface EmitResult {
  /** Path → content of every file of the package, sorted by path. */
  files: FileMap;
  /** What the emitters could not do (a pattern JavaScript cannot express, …). */
  diagnostics: Diagnostic[];
}

export async function emitPackage(model: ApiModel, options: EmitOptions): Promise<EmitResult> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const sources = new Map<string, string>();
  /** Large modules, written already formatted (prettier on them costs seconds). */
  const raw = new Map<string, string>();
  /** Declarations written by the emitter, so the transpiler only produces the JS. */
  const dts = new Map<string, string>();
  /** dist/ files written directly by an emitter (data modules). */
  const prebuilt = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];

  const withFixtures = options.validators !== false && options.fixtures !== false;
  const skip = new Set(withFixtures ? [] : ['fixtures.ts', 'mock.ts']);
  for (const name of readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.ts') && !skip.has(f)).sort()) {
    sources.set(`src/core/${name}`, readFileSync(join(RUNTIME_DIR, name), 'utf8'));
  }
  for (const service of model.services) {
    const { reachable, fullNames, types } = serviceTypeNames(model, service);
    const names = { types };
    const dir = `src/${service.id}`;
    const typesFile = project.createSourceFile(`/${dir}/types.ts`);
    emitTypes(typesFile, model, service, fullNames, names);
    sources.set(`${dir}/types.ts`, typesFile.getFullText());
    const withValidators = options.validators !== false;
    for (const resource of service.resources) {
      const f = project.createSourceFile(`/${dir}/${resourceFile(resource)}.ts`);
      emitResource(f, model, service, resource, names, withValidators);
      sources.set(`${dir}/${resourceFile(resource)}.ts`, f.getFullText());
    }
    const hostDefaults: Record<string, string> = {};
    for (const v of [...new Set(service.resources.flatMap((r) => r.methods.flatMap((m) => m.http.hostVariables)))].sort()) {
      const d = options.hostVariables?.[v] ?? KNOWN_HOST_VARIABLES[v];
      if (d !== undefined) hostDefaults[v] = d;
    }
    if (withValidators) {
      const validators = emitValidators(model, service, fullNames, names, reachable.includes(OPERATION_TYPE));
      raw.set(`${dir}/validate.ts`, validators.code);
      dts.set(`${dir}/validate.ts`, validators.dts);
      diagnostics.push(...validators.diagnostics);
    }
    if (withFixtures) {
      const fx = emitFixturesModule(model, service, fullNames, names, reachable.includes(OPERATION_TYPE), diagnostics);
      // Data, written as JS with its declarations; src/ gets the same pair so the sources type-check.
      for (const base of [`src/${service.id}`, `dist/${service.id}`]) {
        prebuilt.set(`${base}/fixtures.js`, fx.js);
        prebuilt.set(`${base}/fixtures.d.ts`, fx.dts);
      }
      sources.set(`${dir}/mock.ts`, emitMockModule(model, service, names));
    }
    const index = project.createSourceFile(`/${dir}/index.ts`);
    emitServiceIndex(index, service, hostDefaults, withValidators);
    sources.set(`${dir}/index.ts`, index.getFullText());
  }
  const root = project.createSourceFile('/src/index.ts');
  emitRootIndex(root, model.services);
  sources.set('src/index.ts', root.getFullText());
  if (withFixtures) sources.set('src/fixtures.ts', emitFixturesEntry(model.services));

  const files: FileMap = new Map();
  for (const [path, text] of sources) files.set(path, path.startsWith('src/core/') ? text : await prettier.format(text, PRETTIER));
  for (const [path, text] of raw) files.set(path, text);
  if (options.compile !== false) for (const [path, text] of compile(files, dts)) files.set(path, text);
  for (const [path, text] of prebuilt) if (options.compile !== false || path.startsWith('src/')) files.set(path, text);
  files.set('package.json', packageJson(options, withFixtures));
  files.set('tsconfig.json', tsconfigJson());
  files.set('README.md', readme(options, model.services));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}

/**
 * src/*.ts → dist/*.js + dist/*.d.ts, file by file (no type-checking here: the code is written for
 * isolated declarations, and the tests type-check it with tsc --strict). Throws on any diagnostic.
 */
export function compile(files: FileMap, declarations: ReadonlyMap<string, string> = new Map()): FileMap {
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    declaration: true,
    isolatedDeclarations: true,
    strict: true,
    newLine: ts.NewLineKind.LineFeed,
  };
  const out: FileMap = new Map();
  const problems: string[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith('src/') || !path.endsWith('.ts')) continue;
    const target = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    const js = ts.transpileModule(text, { compilerOptions: { ...compilerOptions, declaration: false, isolatedDeclarations: false }, fileName: path, reportDiagnostics: true });
    const given = declarations.get(path);
    const dts = given !== undefined ? { outputText: given, diagnostics: [] } : ts.transpileDeclaration(text, { compilerOptions, fileName: path, reportDiagnostics: true });
    for (const d of [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])]) {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      problems.push(`${path}${pos ? `:${pos.line + 1}:${pos.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    out.set(`${target}.js`, js.outputText);
    out.set(`${target}.d.ts`, dts.outputText);
  }
  if (problems.length) throw new Error(`generated code cannot be compiled file by file:\n${problems.slice(0, 20).join('\n')}`);
  return out;
}
