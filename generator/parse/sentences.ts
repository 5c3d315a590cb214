// Splits the prose of a description into sentences, keeping inline code atomic: a regular expression in
// backticks may hold dots and must not be cut. Each sentence knows where it starts in the page.
import type { Nodes, PhrasingContent } from 'mdast';
import type { Point } from 'unist';

export type SentencePart = { kind: 'text'; value: string } | { kind: 'code'; value: string };

export interface Sentence {
  parts: SentencePart[];
  /** The sentence as text, code in backticks, whitespace folded. */
  text: string;
  start: Point | undefined;
}

/** Sentences of one paragraph-like node (its phrasing content, flattened). */
export function sentencesOf(node: { children: PhrasingContent[] }): Sentence[] {
  const sentences: Sentence[] = [];
  let parts: SentencePart[] = [];
  let start: Point | undefined;

  const flush = (): void => {
    const trimmed = trimParts(parts);
    if (trimmed.length > 0) sentences.push({ parts: trimmed, text: renderParts(trimmed), start });
    parts = [];
    start = undefined;
  };
  const addText = (value: string, at: Point | undefined): void => {
    // A sentence ends at . ! ? followed by white space.
    const pieces = value.split(/(?<=[.!?])\s+/);
    pieces.forEach((piece, i) => {
      if (i > 0) flush();
      if (piece.length === 0) return;
      if (parts.length === 0 && piece.trim()) start ??= i === 0 ? at : undefined;
      pushText(parts, piece);
    });
  };

  const walk = (nodes: readonly Nodes[]): void => {
    for (const n of nodes) {
      if (n.type === 'inlineCode') {
        if (parts.length === 0) start ??= n.position?.start;
        parts.push({ kind: 'code', value: n.value });
      } else if (n.type === 'text') addText(n.value, n.position?.start);
      else if (n.type === 'break') addText(' ', undefined);
      else if (n.type === 'html') continue;
      else if ('children' in n) walk(n.children as Nodes[]);
      else if ('value' in n && typeof n.value === 'string') addText(n.value, n.position?.start);
    }
  };
  walk(node.children);
  flush();
  return sentences;
}

function pushText(parts: SentencePart[], value: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === 'text') last.value += value;
  else parts.push({ kind: 'text', value });
}

function trimParts(parts: SentencePart[]): SentencePart[] {
  const out = parts.map((p) => (p.kind === 'text' ? { ...p, value: p.value.replace(/\s+/g, ' ') } : p));
  const first = out[0];
  if (first?.kind === 'text') first.value = first.value.trimStart();
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.value = last.value.trimEnd();
  return out.filter((p) => p.kind === 'code' || p.value.length > 0);
}

export function renderParts(parts: SentencePart[]): string {
  return parts.map((p) => (p.kind === 'code' ? '`' + p.value + '`' : p.value)).join('');
}
