// mdast-util-to-markdown extension: writes yfmTable nodes back as `#| … |#`, one row per `|| … ||`.
import type { Options as ToMarkdownExtension } from 'mdast-util-to-markdown';
import type { YfmTable } from './from-markdown.js';

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    yfmTableCell: 'yfmTableCell';
  }
}

export function yfmTableToMarkdown(): ToMarkdownExtension {
  return {
    // A pipe inside a cell would end it: escape it (the renderer honours `\|`).
    unsafe: [{ character: '|', inConstruct: 'yfmTableCell' }],
    handlers: {
      yfmTable(node: YfmTable, _parent, state, info) {
        const rows = node.children.map((row) => {
          const cells = row.children.map((cell) => {
            const exit = state.enter('yfmTableCell');
            const text = state.containerFlow(cell, info);
            exit();
            return text;
          });
          return `|| ${cells.join(' | ')} ||`;
        });
        return ['#|', ...rows, '|#'].join('\n');
      },
    },
  };
}
