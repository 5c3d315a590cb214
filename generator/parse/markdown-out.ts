// Description blocks → Markdown text, as the model keeps descriptions.
import type { RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { yfmTableToMarkdown } from './yfm-table/index.js';

const extensions = [gfmTableToMarkdown(), yfmTableToMarkdown()];

export function blocksToMarkdown(blocks: RootContent[]): string {
  if (blocks.length === 0) return '';
  return toMarkdown({ type: 'root', children: blocks }, { extensions, bullet: '-', emphasis: '*' }).trim();
}
