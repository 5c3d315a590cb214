// The run: read inputs → parse each page → merge into one model. Emitters take it from there.
import { sortDiagnostics } from './diagnostics.js';
import { type InputPage, readPages } from './inputs.js';
import { mergePages } from './model/merge.js';
import type { ApiModel, Diagnostic } from './model/types.js';
import { type PageModel, readPage } from './parse/page.js';

export interface LoadResult {
  model: ApiModel;
  pages: PageModel[];
  diagnostics: Diagnostic[];
  /** Page text by file, for code frames. */
  sources: Map<string, string>;
}

export function buildModel(pages: readonly InputPage[]): LoadResult {
  const parsed = pages.map((p) => readPage(p.file, p.text));
  const merged = mergePages(parsed);
  const diagnostics = sortDiagnostics([...parsed.flatMap((p) => p.diagnostics), ...merged.diagnostics]);
  return { model: merged.model, pages: parsed, diagnostics, sources: new Map(pages.map((p) => [p.file, p.text])) };
}

export function loadModel(inputs: readonly string[], cwd?: string): LoadResult {
  return buildModel(readPages(inputs, cwd));
}
