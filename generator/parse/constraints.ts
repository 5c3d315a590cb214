// Constraint sentences → meaning. One small matcher per sentence form the docs use; a sentence that
// uses the constraint vocabulary but fits no form is reported, never dropped.
import type { Constraint, ConstraintTarget } from '../model/types.js';
import type { Sentence } from './sentences.js';

type ConstraintBody = Omit<Constraint, 'sentence' | 'location'>;
type Body<K extends Constraint['kind']> = Omit<Extract<Constraint, { kind: K }>, 'sentence' | 'location'>;

export type SentenceMeaning =
  | { kind: 'constraint'; constraint: ConstraintBody }
  | { kind: 'oneof'; fields: string[] }
  | { kind: 'deprecated' }
  /** Uses the vocabulary of constraints, but no form matches: a diagnostic. */
  | { kind: 'unrecognized' };

export interface FieldContext {
  /** The field is a map: "each key"/"each value" speak of its keys and values. */
  isMap: boolean;
}

/** Placeholder for an inline code part in the shape a matcher sees. */
const CODE = '\u0001';
const NUM = '(-?\\d+(?:\\.\\d+)?)';
const INT = '(\\d+)';

interface Matcher {
  re: RegExp;
  build(m: RegExpExecArray, codes: string[], ctx: FieldContext): SentenceMeaning | undefined;
}

const each = (word: string | undefined, ctx: FieldContext): ConstraintTarget => {
  if (word === 'key') return 'key';
  if (word === 'value' && ctx.isMap) return 'mapValue';
  return 'value';
};
const constraint = <K extends Constraint['kind']>(c: Body<K>): SentenceMeaning => ({ kind: 'constraint', constraint: c as ConstraintBody });

const MATCHERS: Matcher[] = [
  { re: /^Required(?: field)?\.?$/i, build: () => constraint<'required'>({ kind: 'required', target: 'value' }) },
  {
    re: new RegExp(`^The (maximum|minimum) string length in characters(?: for each (key|value))? is ${INT}\\.?$`),
    build: (m, _c, ctx) =>
      constraint<'length'>({ kind: 'length', target: each(m[2], ctx), ...(m[1] === 'maximum' ? { max: Number(m[3]) } : { min: Number(m[3]) }) }),
  },
  {
    re: new RegExp(`^The string length in characters(?: for each (key|value))? must be ${INT} ?(?:-|to) ?${INT}\\.?$`),
    build: (m, _c, ctx) => constraint<'length'>({ kind: 'length', target: each(m[1], ctx), min: Number(m[2]), max: Number(m[3]) }),
  },
  {
    re: new RegExp(`^The number of elements must be in the range ${INT} ?(?:-|to) ?${INT}\\.?$`),
    build: (m, _c, ctx) => constraint<'count'>({ kind: 'count', target: ctx.isMap ? 'map' : 'list', min: Number(m[1]), max: Number(m[2]) }),
  },
  {
    re: new RegExp(`^The (maximum|minimum) number of elements is ${INT}\\.?$`),
    build: (m, _c, ctx) =>
      constraint<'count'>({ kind: 'count', target: ctx.isMap ? 'map' : 'list', ...(m[1] === 'maximum' ? { max: Number(m[2]) } : { min: Number(m[2]) }) }),
  },
  {
    re: new RegExp(`^No (more|less|fewer) than ${INT} per resource\\.?$`),
    build: (m, _c, ctx) =>
      constraint<'count'>({ kind: 'count', target: ctx.isMap ? 'map' : 'list', ...(m[1] === 'more' ? { max: Number(m[2]) } : { min: Number(m[2]) }) }),
  },
  {
    re: new RegExp(`^The (maximum|minimum) value(?: for each (key|value))? is ${NUM}\\.?$`),
    build: (m, _c, ctx) => constraint<'range'>({ kind: 'range', target: each(m[2], ctx), ...(m[1] === 'maximum' ? { max: m[3]! } : { min: m[3]! }) }),
  },
  {
    re: new RegExp(`^Acceptable values(?: for each (key|value))? are ${NUM} to ${NUM}, inclusive\\.?$`),
    build: (m, _c, ctx) => constraint<'range'>({ kind: 'range', target: each(m[1], ctx), min: m[2]!, max: m[3]! }),
  },
  {
    re: new RegExp(`^(?:Value|Each (key|value)) must match the regular expression ${CODE}\\.?$`),
    build: (m, codes, ctx) => constraint<'pattern'>({ kind: 'pattern', target: each(m[1], ctx), pattern: codes[0]! }),
  },
  {
    // Older pages name the parent first: "`listenerSpec` includes only one of the fields `a`, `b`".
    re: new RegExp(`^(${CODE} )?Includes only one of the fields ${CODE}(?:,? ${CODE})*\\.?$`, 'i'),
    build: (m, codes) => ({ kind: 'oneof', fields: m[1] ? codes.slice(1) : codes }),
  },
  { re: /^\[?Deprecated\]?\.?$/i, build: () => ({ kind: 'deprecated' }) },

  // The newer generator's wording ("The length must be less than or equal to 50.").
  {
    re: /^The value must satisfy: (-?\d+(?:\.\d+)?(?:, ?-?\d+(?:\.\d+)?)*)\.?$/,
    build: (m) => constraint<'values'>({ kind: 'values', target: 'value', values: m[1]!.split(/, ?/) }),
  },
  { re: /^This field is required\.?$/i, build: () => constraint<'required'>({ kind: 'required', target: 'value' }) },
  {
    re: new RegExp(`^The (length|value|number of elements)(?: of each (map key|map value|key|value|element))? must be (less|greater) than or equal to ${NUM}\\.?$`),
    build: (m, _c, ctx) => bound(m[1]!, m[2], ctx, m[3] === 'less' ? { max: m[4]! } : { min: m[4]! }),
  },
  {
    re: new RegExp(`^The (length|value|number of elements)(?: of each (map key|map value|key|value|element))? must be between ${NUM} and ${NUM}\\.?$`),
    build: (m, _c, ctx) => bound(m[1]!, m[2], ctx, { min: m[3]!, max: m[4]! }),
  },
  {
    re: new RegExp(`^(?:The value|Each (map key|map value|key|value|element)) must match the regular expression:? ${CODE}\\.?$`),
    build: (m, codes, ctx) => constraint<'pattern'>({ kind: 'pattern', target: eachOf(m[1], ctx), pattern: codes[0]! }),
  },
];

/** "map key" / "map value" / "element" wording → target. */
function eachOf(word: string | undefined, ctx: FieldContext): ConstraintTarget {
  if (word === 'map key' || word === 'key') return 'key';
  if (word === 'map value' || (word === 'value' && ctx.isMap)) return 'mapValue';
  return 'value';
}

function bound(what: string, each: string | undefined, ctx: FieldContext, b: { min?: string; max?: string }): SentenceMeaning | undefined {
  const target = eachOf(each, ctx);
  const int = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
  if (what === 'length') {
    const c: Body<'length'> = { kind: 'length', target };
    if (b.min !== undefined) c.min = int(b.min)!;
    if (b.max !== undefined) c.max = int(b.max)!;
    return constraint<'length'>(c);
  }
  if (what === 'number of elements') {
    const c: Body<'count'> = { kind: 'count', target: ctx.isMap ? 'map' : 'list' };
    if (b.min !== undefined) c.min = int(b.min)!;
    if (b.max !== undefined) c.max = int(b.max)!;
    return constraint<'count'>(c);
  }
  const c: Body<'range'> = { kind: 'range', target };
  if (b.min !== undefined) c.min = b.min;
  if (b.max !== undefined) c.max = b.max;
  return constraint<'range'>(c);
}

/** Words that only constraint sentences use; a sentence with them that no matcher reads is reported. */
const VOCABULARY =
  /^(Required\b|This field is required|The (length|value|number of elements)( of each [a-z ]+)? must\b|Each (map key|map value|element) must\b|One of elements is required|The (maximum|minimum) (string length|number of elements|value)\b|The string length\b|The number of elements\b|Acceptable values\b|(Value|Each (key|value)) must\b|No (more|less|fewer) than \d+ per\b|(\u0001 )?Includes only one of\b)/i;

export function shapeOf(sentence: Sentence): { shape: string; codes: string[] } {
  const codes: string[] = [];
  const shape = sentence.parts
    .map((p) => {
      if (p.kind === 'text') return p.value;
      codes.push(p.value);
      return CODE;
    })
    .join('');
  return { shape, codes };
}

/** What a sentence says, or undefined when it is plain prose. */
export function readSentence(sentence: Sentence, ctx: FieldContext): SentenceMeaning | undefined {
  const { shape, codes } = shapeOf(sentence);
  for (const m of MATCHERS) {
    const match = m.re.exec(shape);
    if (match) return m.build(match, codes, ctx);
  }
  if (/^\[Deprecated\]/i.test(shape)) return { kind: 'deprecated' };
  return VOCABULARY.test(shape) ? { kind: 'unrecognized' } : undefined;
}
