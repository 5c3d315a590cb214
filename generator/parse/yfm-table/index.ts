// The YFM `#| … |#` table for unified/remark: syntax (micromark), mdast from/to Markdown, and a plugin.
import type { Root } from 'mdast';
import type {} from 'remark-stringify';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { yfmTableFromMarkdown } from './from-markdown.js';
import { yfmTable } from './syntax.js';
import { yfmTableToMarkdown } from './to-markdown.js';

export { yfmTable } from './syntax.js';
export { yfmTableFromMarkdown } from './from-markdown.js';
export type { YfmTable, YfmTableCell, YfmTableRow } from './from-markdown.js';
export { yfmTableToMarkdown } from './to-markdown.js';

const CACHE_LIMIT = 20_000;

/** remark plugin. Cells are parsed with every extension the processor has when the page is parsed. */
export default function remarkYfmTable(this: Processor): void {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  const toMarkdownExtensions = (data.toMarkdownExtensions ??= []);
  micromarkExtensions.push(yfmTable());
  // The same cell text recurs across pages (a type documented on every page that uses it): parse each
  // distinct text once and hand out copies, since the caller moves positions in place.
  const cache = new Map<string, Root>();
  fromMarkdownExtensions.push(
    yfmTableFromMarkdown((raw) => {
      let tree = cache.get(raw);
      if (!tree) {
        tree = fromMarkdown(raw, { extensions: micromarkExtensions, mdastExtensions: fromMarkdownExtensions });
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(raw, tree);
      }
      return structuredClone(tree);
    }),
  );
  toMarkdownExtensions.push(yfmTableToMarkdown());
}
