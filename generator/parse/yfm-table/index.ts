// The YFM `#| … |#` table for unified/remark: syntax (micromark), mdast from/to Markdown, and a plugin.
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

/** remark plugin. Cells are parsed with every extension the processor has when the page is parsed. */
export default function remarkYfmTable(this: Processor): void {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  const toMarkdownExtensions = (data.toMarkdownExtensions ??= []);
  micromarkExtensions.push(yfmTable());
  fromMarkdownExtensions.push(
    yfmTableFromMarkdown((raw) =>
      fromMarkdown(raw, { extensions: micromarkExtensions, mdastExtensions: fromMarkdownExtensions }),
    ),
  );
  toMarkdownExtensions.push(yfmTableToMarkdown());
}
