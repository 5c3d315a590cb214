// The docs' regular expressions are RE2 (protobuf validation), matched against the whole value. Here
// they become JavaScript: translated where the syntaxes differ, anchored, and checked by compiling; and
// strings are built from a pattern so fixtures can hit it (or miss it) at a chosen length.
import regjsparser, { type AstNode, type RootNode } from 'regjsparser';

const { parse } = regjsparser;

export interface JsPattern {
  /** The docs' pattern. */
  re2: string;
  /** JavaScript source, anchored: `^(?:…)$`. */
  source: string;
  flags: string;
}

export class PatternError extends Error {}

const POSIX: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
  ascii: '\\x00-\\x7f',
};

/** RE2 → JavaScript. Throws PatternError for what JavaScript cannot express. */
export function translateRe2(re2: string): JsPattern {
  let flags = '';
  let src = re2;
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    if (lead[1]!.includes('U')) throw new PatternError('the ungreedy flag (?U) has no JavaScript equivalent');
    flags = [...new Set(lead[1]!)].join('');
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new PatternError('the pattern ends with a lone backslash');
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const lit = src.slice(i + 2, end < 0 ? undefined : end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'z') out += '$';
      else if (n === 'C') throw new PatternError('\\C (any byte) has no JavaScript equivalent');
      else if (n === 'p' || n === 'P') {
        if (src[i + 2] === '{') {
          const end = src.indexOf('}', i + 3);
          out += `\\${n}{${src.slice(i + 3, end)}}`;
          i = end;
          continue;
        }
        out += `\\${n}{${src[i + 2]}}`;
        i += 2;
        continue;
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass && c === '[' && src[i + 1] === ':') {
      const end = src.indexOf(':]', i + 2);
      const name = end < 0 ? '' : src.slice(i + 2, end);
      const negated = name.startsWith('^');
      const body = POSIX[negated ? name.slice(1) : name];
      if (body === undefined) throw new PatternError(`unknown character class [:${name}:]`);
      if (negated) throw new PatternError(`negated POSIX class [:${name}:] inside brackets is not supported`);
      out += body;
      i = end + 1;
      continue;
    }
    if (!inClass && c === '(' && src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    if (!inClass && c === '(' && /^\(\?[imsU-]+[):]/.test(src.slice(i))) throw new PatternError('inline flags inside the pattern have no JavaScript equivalent');
    if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === ']' && inClass) inClass = false;
    out += c;
  }
  if (inClass) throw new PatternError('unterminated character class');
  const source = `^(?:${out})$`;
  for (const extra of ['u', '']) {
    try {
      new RegExp(source, flags + extra);
      return { re2, source, flags: flags + extra };
    } catch {
      // try the next flag set
    }
  }
  throw new PatternError(`not a valid JavaScript regular expression: /${source}/`);
}

export function compile(p: JsPattern): RegExp {
  return new RegExp(p.source, p.flags);
}

// ---- strings from patterns ---------------------------------------------------------------------

type Node = RootNode<{ unicodePropertyEscape: true; namedGroups: true }> | AstNode<{ unicodePropertyEscape: true; namedGroups: true }>;

const PREFERRED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.';
const FALLBACK = ' !#$%&*+,/:;=?@~^|';

function parsePattern(p: JsPattern): Node {
  const inner = p.source.slice(4, -2); // drop ^(?: and )$
  return parse(inner, p.flags.includes('u') ? 'u' : '', { unicodePropertyEscape: true, namedGroups: true }) as Node;
}

function bounds(n: Node): [number, number] {
  switch (n.type) {
    case 'alternative': {
      let lo = 0;
      let hi = 0;
      for (const c of n.body) {
        const [a, b] = bounds(c);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case 'disjunction': {
      const bs = n.body.map(bounds);
      return [Math.min(...bs.map((b) => b[0])), Math.max(...bs.map((b) => b[1]))];
    }
    case 'group':
      if (n.behavior !== 'normal' && n.behavior !== 'ignore') return [0, 0];
      return bounds({ type: 'alternative', body: n.body, range: n.range, raw: n.raw } as Node);
    case 'quantifier': {
      const [a, b] = bounds(n.body[0] as Node);
      return [a * n.min, n.max === undefined ? Infinity : b * n.max];
    }
    case 'anchor':
      return [0, 0];
    case 'reference':
      return [0, Infinity];
    default:
      return [1, 1];
  }
}

function classChars(n: Node, re: RegExp | undefined): string | undefined {
  // Pick a character the node matches, preferring letters and digits.
  const test = (ch: string): boolean => {
    const r = new RegExp(`^(?:${n.raw})$`, re?.flags.includes('u') ? 'u' : '');
    return r.test(ch);
  };
  for (const ch of PREFERRED + FALLBACK) if (test(ch)) return ch;
  if (test('é')) return 'é';
  return undefined;
}

/** Builds a string of exactly `length` characters the node matches, or undefined. */
function build(n: Node, length: number, re: RegExp): string | undefined {
  const [lo, hi] = bounds(n);
  if (length < lo || length > hi) return undefined;
  switch (n.type) {
    case 'alternative': {
      let left = length;
      const parts: string[] = [];
      const bs = n.body.map((c) => bounds(c as Node));
      let minRest = bs.reduce((s, b) => s + b[0], 0);
      for (let i = 0; i < n.body.length; i++) {
        const [a, b] = bs[i]!;
        minRest -= a;
        const maxRest = bs.slice(i + 1).reduce((s, x) => s + x[1], 0);
        // Give this part as much as the rest does not need, within its own bounds.
        let take = Math.min(b, left - minRest);
        take = Math.max(take, a, left - maxRest);
        const part = build(n.body[i] as Node, take, re);
        if (part === undefined) return undefined;
        parts.push(part);
        left -= take;
      }
      return left === 0 ? parts.join('') : undefined;
    }
    case 'disjunction':
      for (const alt of n.body) {
        const s = build(alt as Node, length, re);
        if (s !== undefined) return s;
      }
      return undefined;
    case 'group':
      if (n.behavior !== 'normal' && n.behavior !== 'ignore') return length === 0 ? '' : undefined;
      return build({ type: 'alternative', body: n.body, range: n.range, raw: n.raw } as Node, length, re);
    case 'quantifier': {
      const body = n.body[0] as Node;
      const [a, b] = bounds(body);
      const max = n.max ?? Infinity;
      for (let count = n.min; count <= max && count * a <= length; count++) {
        if (count * b < length) continue;
        if (count === 0) return length === 0 ? '' : undefined;
        const base = Math.floor(length / count);
        let extra = length - base * count;
        const parts: string[] = [];
        for (let k = 0; k < count; k++) {
          const l = base + (extra > 0 ? 1 : 0);
          if (extra > 0) extra--;
          const s = build(body, l, re);
          if (s === undefined) break;
          parts.push(s);
        }
        if (parts.length === count) return parts.join('');
      }
      return undefined;
    }
    case 'anchor':
      return length === 0 ? '' : undefined;
    case 'value':
      return String.fromCodePoint(n.codePoint);
    case 'dot':
      return 'a';
    case 'characterClass':
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
      return classChars(n, re);
    default:
      return undefined;
  }
}

/** A string of `length` characters matching the pattern (checked with the compiled RegExp), or undefined. */
export function matchingString(p: JsPattern, length: number): string | undefined {
  const re = compile(p);
  let tree: Node;
  try {
    tree = parsePattern(p);
  } catch {
    return undefined;
  }
  const s = build(tree, length, re);
  return s !== undefined && re.test(s) && [...s].length === length ? s : undefined;
}

/** The shortest and longest lengths a pattern can match (Infinity when unbounded). */
export function patternBounds(p: JsPattern): [number, number] {
  try {
    return bounds(parsePattern(p));
  } catch {
    return [0, Infinity];
  }
}

/** A string of `length` characters the pattern does not match, or undefined if every such string matches. */
export function nonMatchingString(p: JsPattern, length: number): string | undefined {
  const re = compile(p);
  const base = matchingString(p, length) ?? 'a'.repeat(length);
  for (const bad of ['!', '~', ' ', '#', '%', 'Z', 'a', '0', '-', '.', '\u00e9']) {
    for (const at of [0, length - 1]) {
      if (length === 0) return re.test('') ? undefined : '';
      const chars = [...base];
      chars[at] = bad;
      const s = chars.join('');
      if (!re.test(s)) return s;
    }
  }
  return undefined;
}

/** Up to `n` distinct strings of `length` characters matching the pattern (single, then double substitutions). */
export function distinctMatches(p: JsPattern, length: number, n: number): string[] {
  const re = compile(p);
  const base = matchingString(p, length);
  if (base === undefined) return [];
  const out = new Set<string>([base]);
  const chars = [...base];
  const alphabet = [...PREFERRED];
  const positions = chars.map((_, i) => chars.length - 1 - i);
  for (const i of positions) {
    for (const c of alphabet) {
      if (out.size >= n) return [...out];
      const s = [...chars];
      s[i] = c;
      const t = s.join('');
      if (re.test(t)) out.add(t);
    }
  }
  for (const i of positions)
    for (const j of positions) {
      if (j >= i) continue;
      for (const c of alphabet)
        for (const d of alphabet) {
          if (out.size >= n) return [...out];
          const s = [...chars];
          s[i] = c;
          s[j] = d;
          const t = s.join('');
          if (re.test(t)) out.add(t);
        }
    }
  return [...out];
}
