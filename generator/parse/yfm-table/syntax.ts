// micromark syntax extension for the YFM table:
//
//   #|
//   || cell | cell ||
//   || cell spanning
//
//   several lines, with *markdown* | cell ||
//   |#
//
// The grammar follows the reference renderer (diplodoc's markdown-it plugin): `||` opens and closes a
// row, a single unescaped `|` divides cells, `|#` closes the table; text between triple backticks and
// inside a nested `#| … |#` is cell content, never structure. Cell content is kept raw here and parsed
// as Markdown by the mdast side (from-markdown.ts), so cells may hold paragraphs, lists, code and tables.
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    yfmTable: 'yfmTable';
    yfmTableFence: 'yfmTableFence';
    yfmTableRow: 'yfmTableRow';
    yfmTableRowMarker: 'yfmTableRowMarker';
    yfmTableDivider: 'yfmTableDivider';
    yfmTableCell: 'yfmTableCell';
    yfmTableCellData: 'yfmTableCellData';
    yfmTableStray: 'yfmTableStray';
  }
}

const nonLazyLine: Construct = { partial: true, tokenize: tokenizeNonLazyLine };
const rowMarker: Construct = { partial: true, tokenize: tokenizeRowMarker };
const closeFence: Construct = { partial: true, tokenize: tokenizeCloseFence };

const yfmTableConstruct: Construct = { name: 'yfmTable', tokenize: tokenizeYfmTable, concrete: true };

/** The micromark extension: register with `micromarkExtensions` (remark: see remark-plugin.ts). */
export function yfmTable(): Extension {
  return { flow: { [codes.numberSign]: yfmTableConstruct } };
}

function tokenizeYfmTable(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  // What is open right now, innermost last; each is exited before its parent.
  let inRow = false;
  let inCell = false;
  let chunk: 'yfmTableCellData' | 'yfmTableStray' | undefined;
  let inCode = false; // between ``` … ```
  let nested = 0; // depth of `#| … |#` inside a cell
  let backticks = 0;

  return start;

  function start(code: Code): State | undefined {
    // Like the reference renderer, a table does not interrupt a paragraph.
    if (code !== codes.numberSign || self.interrupt) return nok(code);
    effects.enter('yfmTable');
    effects.enter('yfmTableFence');
    effects.consume(code);
    return openPipe;
  }

  function openPipe(code: Code): State | undefined {
    if (code !== codes.verticalBar) return nok(code);
    effects.consume(code);
    effects.exit('yfmTableFence');
    return between;
  }

  function closeChunk(): void {
    if (chunk) effects.exit(chunk);
    chunk = undefined;
  }

  function closeCell(): void {
    closeChunk();
    if (inCell) effects.exit('yfmTableCell');
    inCell = false;
  }

  function data(code: Code, type: 'yfmTableCellData' | 'yfmTableStray', next: State): State | undefined {
    if (chunk !== type) {
      closeChunk();
      effects.enter(type);
      chunk = type;
    }
    effects.consume(code);
    return next;
  }

  function lineEnding(code: Code, next: State): State | undefined {
    closeChunk();
    return effects.check(nonLazyLine, (c: Code) => {
      effects.enter('lineEnding');
      effects.consume(c);
      effects.exit('lineEnding');
      return next;
    }, nok)(code);
  }

  // Outside rows: blank space between rows, or stray text the renderer ignores (kept as a token so the
  // page reader can report it).
  function between(code: Code): State | undefined {
    if (code === codes.eof) return nok(code); // unclosed: not a table
    if (markdownLineEnding(code)) return lineEnding(code, between);
    if (code === codes.verticalBar) {
      closeChunk();
      return effects.attempt(closeFence, afterClose, effects.check(rowMarker, openRow, strayPipe))(code);
    }
    if (code === codes.backslash) return data(code, 'yfmTableStray', strayEscaped);
    return data(code, 'yfmTableStray', between);
  }

  function strayEscaped(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return between(code);
    return data(code, 'yfmTableStray', between);
  }

  function strayPipe(code: Code): State | undefined {
    return data(code, 'yfmTableStray', between);
  }

  function openRow(code: Code): State | undefined {
    effects.enter('yfmTableRow');
    inRow = true;
    return effects.attempt(rowMarker, row, nok)(code);
  }

  function row(code: Code): State | undefined {
    if (code === codes.eof) return nok(code);
    if (code !== codes.graveAccent && backticks > 0) {
      if (Math.floor(backticks / 3) % 2 === 1) inCode = !inCode;
      backticks = 0;
    }
    if (markdownLineEnding(code)) {
      if (!inCell) {
        effects.enter('yfmTableCell');
        inCell = true;
      }
      return lineEnding(code, row);
    }
    if (code === codes.graveAccent) {
      backticks++;
      return cellData(code);
    }
    if (inCode) return cellData(code);
    if (code === codes.backslash) return cellData(code, escaped);
    if (code === codes.numberSign) return cellData(code, afterHash);
    if (code === codes.verticalBar) {
      if (nested > 0) return cellData(code, afterNestedPipe);
      closeCell();
      return effects.check(closeFence, closeRowThenTable, effects.check(rowMarker, closeRow, divider))(code);
    }
    return cellData(code);
  }

  function cellData(code: Code, next: State = row): State | undefined {
    if (!inCell) {
      effects.enter('yfmTableCell');
      inCell = true;
    }
    return data(code, 'yfmTableCellData', next);
  }

  function escaped(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return row(code);
    return cellData(code);
  }

  function afterHash(code: Code): State | undefined {
    if (code === codes.verticalBar) {
      nested++;
      return cellData(code);
    }
    return row(code);
  }

  function afterNestedPipe(code: Code): State | undefined {
    if (code === codes.numberSign) {
      nested--;
      return cellData(code);
    }
    return row(code);
  }

  function divider(code: Code): State | undefined {
    effects.enter('yfmTableDivider');
    effects.consume(code);
    effects.exit('yfmTableDivider');
    return row;
  }

  function closeRow(code: Code): State | undefined {
    return effects.attempt(rowMarker, rowClosed, nok)(code);
  }

  function rowClosed(code: Code): State | undefined {
    effects.exit('yfmTableRow');
    inRow = false;
    inCode = false;
    return between(code);
  }

  function closeRowThenTable(code: Code): State | undefined {
    if (inRow) effects.exit('yfmTableRow');
    inRow = false;
    return effects.attempt(closeFence, afterClose, nok)(code);
  }

  // After `|#`: the rest of the line is ignored by the renderer; keep it as stray text.
  function afterClose(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      closeChunk();
      effects.exit('yfmTable');
      return ok(code);
    }
    return data(code, 'yfmTableStray', afterClose);
  }
}

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code: Code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return (next: Code) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}

function tokenizeRowMarker(effects: Effects, ok: State, nok: State): State {
  return (code: Code) => {
    effects.enter('yfmTableRowMarker');
    effects.consume(code);
    return (next: Code) => {
      if (next !== codes.verticalBar) return nok(next);
      effects.consume(next);
      effects.exit('yfmTableRowMarker');
      return ok;
    };
  };
}

function tokenizeCloseFence(effects: Effects, ok: State, nok: State): State {
  return (code: Code) => {
    effects.enter('yfmTableFence');
    effects.consume(code);
    return (next: Code) => {
      if (next !== codes.numberSign) return nok(next);
      effects.consume(next);
      effects.exit('yfmTableFence');
      return ok;
    };
  };
}
