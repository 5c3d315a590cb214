import type { Root } from 'mdast';
import { type Extension as FromMarkdownExtension, fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../generator/parse/markdown.js';
import { type YfmTable, yfmTable, yfmTableFromMarkdown, yfmTableToMarkdown } from '../../generator/parse/yfm-table/index.js';

const tables = (tree: Root): YfmTable[] => tree.children.filter((n): n is YfmTable => n.type === 'yfmTable');
const cellTexts = (t: YfmTable): string[][] => t.children.map((r) => r.children.map((c) => c.children.map((b) => toString(b)).join('\n')));

describe('YFM table syntax', () => {
  it('reads rows and cells, trimming the cell padding', () => {
    const [t] = tables(parseMarkdown('#|\n||a | b||\n|| c |d ||\n|#\n'));
    expect(cellTexts(t!)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('lets a cell span lines and hold paragraphs, lists, inline code and code blocks', () => {
    const md = ['#|', '|| name | **string**', '', 'First para with `code`.', '', '- `A`: one', '- `B`: two', '', '```', 'x | y', '```', '||', '|#'].join('\n');
    const [t] = tables(parseMarkdown(md));
    const cell = t!.children[0]!.children[1]!;
    expect(cell.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list', 'code']);
    const code = cell.children[3]!;
    expect(code.type === 'code' && code.value).toBe('x | y');
  });

  it('does not split cells inside triple backticks, but does inside single ones (like the docs renderer)', () => {
    const [t] = tables(parseMarkdown('#|\n|| a | x ``` p|q ``` y ||\n|| b | `r|s` ||\n|#'));
    expect(t!.children[0]!.children).toHaveLength(2);
    expect(toString(t!.children[0]!.children[1]!)).toBe('x p|q y');
    expect(t!.children[1]!.children).toHaveLength(3);
  });

  it('honours escaped pipes', () => {
    const [t] = tables(parseMarkdown('#|\n|| a | x \\| y ||\n|#'));
    expect(cellTexts(t!)).toEqual([['a', 'x | y']]);
  });

  it('keeps a nested table inside a cell', () => {
    const md = '#|\n|| outer | before\n\n#|\n|| i1 | i2 ||\n|#\n\nafter ||\n|#\n';
    const [t] = tables(parseMarkdown(md));
    const cell = t!.children[0]!.children[1]!;
    expect(cell.children.map((b) => b.type)).toEqual(['paragraph', 'yfmTable', 'paragraph']);
    expect(cellTexts(cell.children[1] as YfmTable)).toEqual([['i1', 'i2']]);
  });

  it('adds empty cells where two dividers meet', () => {
    const [t] = tables(parseMarkdown('#|\n|| a || \n|| b | ||\n|#'));
    expect(t!.children.map((r) => r.children.length)).toEqual([1, 2]);
  });

  it('is not a table when never closed, nor when it would interrupt a paragraph', () => {
    expect(tables(parseMarkdown('#|\n|| a | b ||\n'))).toHaveLength(0);
    expect(tables(parseMarkdown('text\n#|\n|| a | b ||\n|#\n'))).toHaveLength(0);
  });

  it('reads CRLF pages and keeps stray text between rows for reporting', () => {
    const [t] = tables(parseMarkdown('#|\r\n|| a | b ||\r\nstray\r\n|| c | d ||\r\n|#'));
    expect(cellTexts(t!)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(t!.stray.map((s) => s.value.trim()).filter(Boolean)).toEqual(['stray']);
  });

  it('gives every node its position in the page', () => {
    const tree = parseMarkdown('# T\n\n#|\n|| name | **string**\n\nRequired field. ||\n|#\n');
    const [t] = tables(tree);
    expect(t!.position?.start).toMatchObject({ line: 3, column: 1 });
    const desc = t!.children[0]!.children[1]!;
    expect(desc.children[0]!.position?.start).toMatchObject({ line: 4, column: 11 });
    expect(desc.children[1]!.position?.start).toMatchObject({ line: 6, column: 1, offset: 30 });
  });

  it('works inside a list item (a container)', () => {
    const tree = parseMarkdown('- item\n\n  #|\n  || a | b ||\n  |#\n');
    const list = tree.children[0]!;
    expect(list.type).toBe('list');
    expect(JSON.stringify(list)).toContain('"yfmTable"');
  });

  it('round-trips through mdast-util-to-markdown', () => {
    const md = '#|\n|| a | x \\| y ||\n|| b | one\n\ntwo ||\n|#';
    const parse = (s: string): Root => {
      const extensions = [yfmTable()];
      const mdastExtensions: FromMarkdownExtension[] = [];
      mdastExtensions.push(yfmTableFromMarkdown((raw): Root => fromMarkdown(raw, { extensions, mdastExtensions })));
      return fromMarkdown(s, { extensions, mdastExtensions });
    };
    const tree = parse(md);
    const out = toMarkdown(tree, { extensions: [yfmTableToMarkdown()] });
    expect(cellTexts(tables(parse(out))[0]!)).toEqual(cellTexts(tables(tree)[0]!));
  });
});
