// A field table (`#|` or an older GFM pipe table) → one raw row per field: the name, the type notation
// and the description blocks, with positions. Both layouts end up in the same shape here.
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import type { DiagnosticBag } from '../diagnostics.js';
import { legacyCellBlocks, splitAtBreaks } from './legacy-cell.js';
import type { YfmTable } from './yfm-table/index.js';

export interface RawRow {
  /** Name as written, e.g. `thumbnailIds[]`, `currentVersion.id` (older layout, flattened). */
  name: string;
  at: Point | undefined;
  /** The type notation, e.g. `**string** (int64)`; undefined when the cell starts with prose. */
  typeText?: string;
  typeAt?: Point | undefined;
  /** Description blocks (the type paragraph removed). */
  blocks: RootContent[];
}

export interface FieldTable {
  header: string[];
  rows: RawRow[];
  layout: 'yfm' | 'legacy';
}

export function isTable(node: RootContent): node is YfmTable | Table {
  return node.type === 'yfmTable' || node.type === 'table';
}

export function readFieldTable(node: YfmTable | Table, diagnostics: DiagnosticBag): FieldTable {
  const layout = node.type === 'yfmTable' ? 'yfm' : 'legacy';
  if (node.type === 'yfmTable') {
    for (const s of node.stray) {
      if (s.value.trim()) diagnostics.warn('yfm-table/stray-text', `text outside table rows is not shown by the docs renderer: "${s.value.trim()}"`, s.position.start);
    }
  }
  const cellsOf = (row: (typeof node.children)[number]): RootContent[][] =>
    node.type === 'yfmTable'
      ? (row as YfmTable['children'][number]).children.map((c) => c.children)
      : (row as Table['children'][number]).children.map((c) => legacyCellBlocks(c));
  const [headRow, ...bodyRows] = node.children;
  const header = headRow ? cellsOf(headRow).map((blocks) => blocksText(blocks)) : [];
  const rows: RawRow[] = [];
  for (const row of bodyRows) {
    const cells = cellsOf(row);
    const at = row.position?.start;
    if (cells.length !== header.length) {
      diagnostics.error('table/cell-count', `row has ${cells.length} cells, the header has ${header.length}`, at);
      if (cells.length < 2) continue;
    }
    const name = blocksText(cells[0] ?? []);
    const description = (cells[1] ?? []).flatMap((b): RootContent[] => (b.type === 'paragraph' ? splitAtBreaks(b) : [b]));
    rows.push({ name, at: firstPoint(cells[0]) ?? at, ...splitTypeParagraph(description) });
  }
  return { header, rows, layout };
}

function firstPoint(blocks: RootContent[] | undefined): Point | undefined {
  return blocks?.[0]?.position?.start;
}

/** Text of a cell, `<br>` and other raw HTML ignored (`a.<br>b` → `a.b`). */
function blocksText(blocks: RootContent[]): string {
  return blocks
    .map((b) => toString(b, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, '')
    .trim();
}

/** The description cell starts with the type in bold: take that paragraph out. */
function splitTypeParagraph(blocks: RootContent[]): Omit<RawRow, 'name' | 'at'> {
  const first = blocks[0];
  const head = first?.type === 'paragraph' ? first.children[0] : undefined;
  // `**type** …`, or the newer `enum **Name**`.
  const startsWithType = head?.type === 'strong' || (head?.type === 'text' && /^enum\s*$/.test(head.value) && first?.type === 'paragraph' && first.children[1]?.type === 'strong');
  if (first?.type !== 'paragraph' || !startsWithType) return { blocks };
  return { typeText: notationText(first.children).trim(), typeAt: first.position?.start, blocks: blocks.slice(1) };
}

/** Writes phrasing back in the notation the docs use (`**string**`, `**[T](#a)**`). */
export function notationText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'strong':
          return `**${notationText(n.children)}**`;
        case 'emphasis':
          return `*${notationText(n.children)}*`;
        case 'link':
          return `[${notationText(n.children)}](${n.url})`;
        case 'inlineCode':
          return '`' + n.value + '`';
        case 'text':
          return n.value;
        case 'html':
          return '';
        default:
          return toString(n);
      }
    })
    .join('');
}

