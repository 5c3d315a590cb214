// A page's outline: front matter, the H1, the prose under it, and its `##` sections with anchors.
import type { Heading, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Section {
  /** Heading text without the anchor, e.g. `Body parameters`. */
  title: string;
  /** `{#anchor}` of the heading, if any. */
  anchor?: string;
  heading: Heading;
  blocks: RootContent[];
}

export interface Outline {
  frontMatter?: Yaml;
  /** Nodes before the H1 (the breadcrumb line of rendered pages). */
  preamble: RootContent[];
  h1?: { title: string; anchor?: string; node: Heading };
  /** Nodes between the H1 and the first `##`. */
  intro: RootContent[];
  sections: Section[];
}

const ANCHOR = /\s*\{#([^}\s]+)\}\s*$/;

export function splitHeading(h: Heading): { title: string; anchor?: string } {
  const text = toString(h).trim();
  const m = ANCHOR.exec(text);
  return m ? { title: text.slice(0, m.index).trim(), anchor: m[1]! } : { title: text };
}

export function outlineOf(tree: Root): Outline {
  const outline: Outline = { preamble: [], intro: [], sections: [] };
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'yaml' && !outline.frontMatter && !outline.h1 && outline.preamble.length === 0) {
      outline.frontMatter = node;
    } else if (node.type === 'heading' && node.depth === 1 && !outline.h1) {
      outline.h1 = { ...splitHeading(node), node };
    } else if (node.type === 'heading' && node.depth === 2 && outline.h1) {
      current = { ...splitHeading(node), heading: node, blocks: [] };
      outline.sections.push(current);
    } else if (current) {
      current.blocks.push(node);
    } else if (outline.h1) {
      outline.intro.push(node);
    } else {
      outline.preamble.push(node);
    }
  }
  return outline;
}
