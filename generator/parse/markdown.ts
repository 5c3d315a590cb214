// The one Markdown processor every page goes through: CommonMark + GFM pipe tables (older pages) +
// front matter + the YFM `#|` table. Only the GFM table is taken from GFM: autolink literals and the
// rest cost a third of the parse time and mean nothing to an API reference.
import type { Root } from 'mdast';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import remarkYfmTable from './yfm-table/index.js';

function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable).use(remarkYfmTable).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
