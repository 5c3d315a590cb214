// The one Markdown processor every page goes through: CommonMark + GFM (older pages' pipe tables) +
// front matter + the YFM `#|` table.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkYfmTable from './yfm-table/index.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkYfmTable).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
