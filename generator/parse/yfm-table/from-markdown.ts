// mdast-util extension: turns the yfmTable tokens into `yfmTable > yfmTableRow > yfmTableCell` nodes.
// A cell's raw text is parsed again as Markdown (same extensions), so it holds real block content, and
// every node in it keeps its position in the page.
import type { BlockContent, DefinitionContent, Parent, Root } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';

export interface YfmTable extends Parent {
  type: 'yfmTable';
  children: YfmTableRow[];
  /** Text between rows that the renderer ignores (reported by the page reader). */
  stray: Array<{ value: string; position: Position }>;
}
export interface YfmTableRow extends Parent {
  type: 'yfmTableRow';
  children: YfmTableCell[];
}
export interface YfmTableCell extends Parent {
  type: 'yfmTableCell';
  children: Array<BlockContent | DefinitionContent>;
}

declare module 'mdast' {
  interface RootContentMap {
    yfmTable: YfmTable;
    yfmTableRow: YfmTableRow;
    yfmTableCell: YfmTableCell;
  }
  interface BlockContentMap {
    yfmTable: YfmTable;
  }
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    yfmTableCellPending?: boolean | undefined;
  }
}

/** Parses a cell's raw Markdown; supplied by the caller so cells use the same extensions as the page. */
export type CellParser = (raw: string) => Root;

export function yfmTableFromMarkdown(parseCell: CellParser): FromMarkdownExtension {
  return {
    enter: {
      yfmTable(token) {
        this.enter({ type: 'yfmTable', children: [], stray: [] } as YfmTable, token);
      },
      yfmTableRow(token) {
        this.enter({ type: 'yfmTableRow', children: [] } as YfmTableRow, token);
        this.data.yfmTableCellPending = true;
      },
      yfmTableCell(token) {
        this.enter({ type: 'yfmTableCell', children: [] } as YfmTableCell, token);
      },
    },
    exit: {
      yfmTable(token) {
        this.exit(token);
      },
      yfmTableRow(token) {
        if (this.data.yfmTableCellPending) pushEmptyCell(this, token.start);
        this.data.yfmTableCellPending = false;
        this.exit(token);
      },
      yfmTableDivider(token) {
        if (this.data.yfmTableCellPending) pushEmptyCell(this, token.start);
        this.data.yfmTableCellPending = true;
      },
      yfmTableCell(token) {
        const cell = this.stack[this.stack.length - 1] as YfmTableCell;
        const tree = parseCell(this.sliceSerialize(token));
        shiftPositions(tree, token.start);
        cell.children = tree.children as YfmTableCell['children'];
        this.data.yfmTableCellPending = false;
        this.exit(token);
      },
      yfmTableStray(token) {
        const table = [...this.stack].reverse().find((n) => n.type === 'yfmTable') as YfmTable | undefined;
        table?.stray.push({ value: this.sliceSerialize(token), position: { start: point(token.start), end: point(token.end) } });
      },
    },
  };
}

function pushEmptyCell(ctx: CompileContext, at: Token['start']): void {
  const row = ctx.stack[ctx.stack.length - 1] as YfmTableRow;
  row.children.push({ type: 'yfmTableCell', children: [], position: { start: point(at), end: point(at) } });
}

function point(p: Point): Point {
  return { line: p.line, column: p.column, offset: p.offset };
}

/** Moves positions of a tree parsed from a slice so they point into the page the slice came from. */
function shiftPositions(tree: Root, start: Point): void {
  const move = (p: Point): void => {
    if (p.line === 1) p.column += start.column - 1;
    p.line += start.line - 1;
    if (p.offset !== undefined && start.offset !== undefined) p.offset += start.offset;
  };
  const seen = new Set<Point>();
  visit(tree, (node) => {
    if (node === tree || !node.position) return;
    for (const p of [node.position.start, node.position.end]) {
      if (seen.has(p)) continue;
      seen.add(p);
      move(p);
    }
    if (node.type === 'yfmTable') for (const s of (node as YfmTable).stray) { move(s.position.start); move(s.position.end); }
  });
}
