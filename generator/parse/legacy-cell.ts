// Older pages put HTML inside GFM pipe-table cells (`**string**<br><p>…</p> <ul><li>…</li></ul>`).
// Turn such a cell into the block content a `#|` cell would have: mdast → hast, let an HTML parser
// nest the raw tags (hast-util-raw), and back to mdast.
import type { Paragraph, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { raw } from 'hast-util-raw';
import { toMdast } from 'hast-util-to-mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

export function legacyCellBlocks(cell: TableCell): RootContent[] {
  const paragraph: Paragraph = { type: 'paragraph', children: cell.children };
  const hast = raw(toHast({ type: 'root', children: [paragraph] }, { allowDangerousHtml: true }));
  const tree = toMdast(hast) as Root;
  // Rows of a pipe table are single lines: the cell's position is as precise as a position gets here.
  const position: Position | undefined = cell.position && { start: { ...cell.position.start }, end: { ...cell.position.end } };
  visit(tree, (node) => {
    if (position) node.position = { start: { ...position.start }, end: { ...position.end } };
    else delete node.position;
  });
  return tree.children.flatMap((b): RootContent[] => (b.type === 'paragraph' ? splitAtBreaks(b) : [b]));
}

/** `a<br>b` inside one paragraph means two paragraphs on these pages. */
export function splitAtBreaks(p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: PhrasingContent[] = [];
  const flush = (): void => {
    const hasText = cur.some((n) => n.type !== 'text' || n.value.trim() !== '');
    if (hasText) out.push({ type: 'paragraph', children: cur, ...(p.position ? { position: p.position } : {}) });
    cur = [];
  };
  for (const n of p.children) {
    if (n.type === 'break') flush();
    else cur.push(n);
  }
  flush();
  return out;
}
