import { describe, expect, it } from 'vitest';
import { readSentence } from '../../generator/parse/constraints.js';
import { parseMarkdown } from '../../generator/parse/markdown.js';
import { sentencesOf } from '../../generator/parse/sentences.js';

function sentences(md: string) {
  const p = parseMarkdown(md).children[0];
  if (p?.type !== 'paragraph') throw new Error('expected a paragraph');
  return sentencesOf(p);
}
function read(md: string, isMap = false) {
  const [s, ...rest] = sentences(md);
  expect(rest).toHaveLength(0);
  return readSentence(s!, { isMap });
}

describe('sentences', () => {
  it('split at sentence ends but never inside inline code', () => {
    const got = sentences('Required field. Each value must match the regular expression ` [a-z.]+\\. `. Done.\nNext line.');
    expect(got.map((s) => s.text)).toEqual(['Required field.', 'Each value must match the regular expression `[a-z.]+\\.`.', 'Done.', 'Next line.']);
    expect(got[0]!.start).toMatchObject({ line: 1, column: 1 });
  });
});

describe('constraint sentences', () => {
  const c = (constraint: object) => ({ kind: 'constraint', constraint });
  it.each([
    ['Required field.', false, c({ kind: 'required', target: 'value' })],
    ['Required.', false, c({ kind: 'required', target: 'value' })],
    ['The maximum string length in characters is 50.', false, c({ kind: 'length', target: 'value', max: 50 })],
    ['The minimum string length in characters is 2.', false, c({ kind: 'length', target: 'value', min: 2 })],
    ['The string length in characters must be 3-63.', false, c({ kind: 'length', target: 'value', min: 3, max: 63 })],
    ['The string length in characters for each value must be 4-255.', false, c({ kind: 'length', target: 'value', min: 4, max: 255 })],
    ['The maximum string length in characters for each value is 50.', false, c({ kind: 'length', target: 'value', max: 50 })],
    ['The maximum string length in characters for each value is 63.', true, c({ kind: 'length', target: 'mapValue', max: 63 })],
    ['The maximum string length in characters for each key is 63.', true, c({ kind: 'length', target: 'key', max: 63 })],
    ['The number of elements must be in the range 1-100.', false, c({ kind: 'count', target: 'list', min: 1, max: 100 })],
    ['The maximum number of elements is 100.', false, c({ kind: 'count', target: 'list', max: 100 })],
    ['No more than 64 per resource.', true, c({ kind: 'count', target: 'map', max: 64 })],
    ['The maximum value is 1000.', false, c({ kind: 'range', target: 'value', max: '1000' })],
    ['The minimum value is -5.', false, c({ kind: 'range', target: 'value', min: '-5' })],
    ['Acceptable values are 0 to 9223372036854775807, inclusive.', false, c({ kind: 'range', target: 'value', min: '0', max: '9223372036854775807' })],
    ['Value must match the regular expression ` [a-z][-a-z0-9]* `.', false, c({ kind: 'pattern', target: 'value', pattern: '[a-z][-a-z0-9]*' })],
    ['Value must match the regular expression `` \\|[a-z]* ``.', false, c({ kind: 'pattern', target: 'value', pattern: '\\|[a-z]*' })],
    ['Each key must match the regular expression ``` [a-z]+ ```.', true, c({ kind: 'pattern', target: 'key', pattern: '[a-z]+' })],
    ['Each value must match the regular expression ``` |eng|rus ```.', false, c({ kind: 'pattern', target: 'value', pattern: '|eng|rus' })],
    ['Includes only one of the fields `a`, `b`, `c`.', false, { kind: 'oneof', fields: ['a', 'b', 'c'] }],
    ['includes only one of the fields `error`, `response`', false, { kind: 'oneof', fields: ['error', 'response'] }],
    ['Includes only one of the fields `single`.', false, { kind: 'oneof', fields: ['single'] }],
    ['`listenerSpec` includes only one of the fields `externalAddressSpec`, `internalAddressSpec`', false, { kind: 'oneof', fields: ['externalAddressSpec', 'internalAddressSpec'] }],
    ['[Deprecated] ID of the channel.', false, { kind: 'deprecated' }],
    ['DEPRECATED.', false, { kind: 'deprecated' }],
    // The newer generator's wording.
    ['The value must satisfy: 2,4,6,8.', false, c({ kind: 'values', target: 'value', values: ['2', '4', '6', '8'] })],
    ['This field is required.', false, c({ kind: 'required', target: 'value' })],
    ['The length must be less than or equal to 50.', false, c({ kind: 'length', target: 'value', max: 50 })],
    ['The length must be greater than or equal to 3.', false, c({ kind: 'length', target: 'value', min: 3 })],
    ['The length of each map key must be between 1 and 63.', true, c({ kind: 'length', target: 'key', min: 1, max: 63 })],
    ['The length of each map value must be less than or equal to 63.', true, c({ kind: 'length', target: 'mapValue', max: 63 })],
    ['The number of elements must be less than or equal to 64.', true, c({ kind: 'count', target: 'map', max: 64 })],
    ['The number of elements must be between 1 and 10.', false, c({ kind: 'count', target: 'list', min: 1, max: 10 })],
    ['The value must be less than or equal to 274877906944.', false, c({ kind: 'range', target: 'value', max: '274877906944' })],
    ['The value must be between 4194304 and 4398046511104.', false, c({ kind: 'range', target: 'value', min: '4194304', max: '4398046511104' })],
    ['The value must match the regular expression: ```|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?```.', false, c({ kind: 'pattern', target: 'value', pattern: '|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?' })],
    ['Each map key must match the regular expression: `[a-z][-_./\\@0-9a-z]*`.', true, c({ kind: 'pattern', target: 'key', pattern: '[a-z][-_./\\@0-9a-z]*' })],
    ['Each map value must match the regular expression: `[-_./\\@0-9a-z]*`.', true, c({ kind: 'pattern', target: 'mapValue', pattern: '[-_./\\@0-9a-z]*' })],
  ])('%s', (md, isMap, expected) => {
    expect(read(md, isMap)).toEqual(expected);
  });

  it('leaves prose alone', () => {
    expect(read('ID of the channel containing the thumbnails.')).toBeUndefined();
    expect(read('The maximum number of results per page to return.')).toBeUndefined();
  });

  it('flags sentences in constraint words that fit no form', () => {
    expect(read('The maximum string length in characters is about 50.')).toEqual({ kind: 'unrecognized' });
    expect(read('Value must match the regular expression a-z.')).toEqual({ kind: 'unrecognized' });
    expect(read('The value must satisfy: 1s-24h.')).toEqual({ kind: 'unrecognized' });
    expect(read('One of elements is required.')).toEqual({ kind: 'unrecognized' });
  });
});
