// The run: read inputs → parse each page → merge into one model. Emitters take it from there.
import type { Cache } from './cache.js';
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

export interface BuildOptions {
  cache?: Cache;
  /** Called after each page, for progress display. */
  onPage?: (done: number, total: number) => void;
}

export function buildModel(pages: readonly InputPage[], options: BuildOptions = {}): LoadResult {
  const parsed = pages.map((p, i) => {
    const key = options.cache?.pageKey(p.file, p.text);
    let page = key ? options.cache!.getPage(key) : undefined;
    if (!page) {
      page = readPage(p.file, p.text);
      if (key) options.cache!.setPage(key, page);
    }
    options.onPage?.(i + 1, pages.length);
    return page;
  });
  const merged = mergePages(parsed);
  const diagnostics = sortDiagnostics([...parsed.flatMap((p) => p.diagnostics), ...merged.diagnostics]);
  return { model: merged.model, pages: parsed, diagnostics, sources: new Map(pages.map((p) => [p.file, p.text])) };
}

export function loadModel(inputs: readonly string[], cwd?: string, options: BuildOptions = {}): LoadResult {
  return buildModel(readPages(inputs, cwd), options);
}
