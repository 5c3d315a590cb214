// Raw table rows → fields of a message, with their constraints, oneof groups and enums. Rows of older
// pages flatten nested fields (`parent.child`, `parent[].child`); they are folded back into nested
// messages with made-up (synthetic) names.
import type { List } from 'mdast';
import type { DiagnosticBag } from '../diagnostics.js';
import type { Constraint, EnumType, EnumValue, Field, FieldType, MessageType, TypeDef } from '../model/types.js';
import { readSentence } from './constraints.js';
import type { RawRow } from './field-table.js';
import { blocksToMarkdown } from './markdown-out.js';
import { type Sentence, sentencesOf } from './sentences.js';
import { parseTypeNotation, TypeNotationError } from './type-cell.js';

export interface MessageDraft {
  name: string;
  description: string;
  rows: RawRow[];
  layout: 'yfm' | 'legacy';
  synthetic: boolean;
  at: { line: number; column: number } | undefined;
  /** Parameters of older pages have no type cell: infer string, or integer when a value range is given. */
  untypedRows?: 'infer';
}

const JSON_NAME = /^[A-Za-z_$][\w$]*$/;

export function buildMessages(draft: MessageDraft, diagnostics: DiagnosticBag): TypeDef[] {
  const out: TypeDef[] = [];
  const message: MessageType = {
    kind: 'message',
    name: draft.name,
    description: draft.description,
    fields: [],
    oneofs: [],
    synthetic: draft.synthetic,
    location: diagnostics.at(draft.at),
  };
  out.push(message);

  // Older layout: group `parent.child` rows under their parent.
  const direct: RawRow[] = [];
  const children = new Map<string, RawRow[]>();
  for (const row of draft.rows) {
    const dot = draft.layout === 'legacy' ? row.name.indexOf('.') : -1;
    if (dot > 0) {
      const parent = row.name.slice(0, dot);
      const rest = { ...row, name: row.name.slice(dot + 1) };
      const list = children.get(parent) ?? [];
      list.push(rest);
      children.set(parent, list);
    } else direct.push(row);
  }
  for (const parent of children.keys()) {
    if (!direct.some((r) => r.name === parent)) {
      const first = children.get(parent)![0]!;
      diagnostics.error('table/orphan-nested-field', `nested field "${parent}.${first.name}" has no row for "${parent}"`, first.at);
    }
  }

  for (const row of direct) {
    const nested = children.get(row.name);
    const built = buildField(row, message, draft, diagnostics, nested);
    if (!built) continue;
    message.fields.push(built.field);
    out.push(...built.types);
  }

  for (const group of message.oneofs) {
    for (const name of group) {
      if (!message.fields.some((f) => f.name === name)) {
        diagnostics.warn('oneof/unknown-field', `oneof group names "${name}", which is not a field of ${message.name}`, message.location);
      }
    }
  }
  const names = new Set<string>();
  for (const f of message.fields) {
    if (names.has(f.name)) diagnostics.error('table/duplicate-field', `field "${f.name}" appears twice in ${message.name}`, f.location);
    names.add(f.name);
  }
  return out;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function buildField(
  row: RawRow,
  message: MessageType,
  draft: MessageDraft,
  diagnostics: DiagnosticBag,
  nested: RawRow[] | undefined,
): { field: Field; types: TypeDef[] } | undefined {
  const repeated = row.name.endsWith('[]');
  const name = repeated ? row.name.slice(0, -2) : row.name;
  if (!name) {
    diagnostics.error('table/empty-name', 'a field row has no name', row.at);
    return undefined;
  }
  if (!JSON_NAME.test(name)) diagnostics.warn('table/odd-name', `field name "${name}" is not a plain identifier`, row.at);

  const types: TypeDef[] = [];
  const paragraphs = row.blocks.filter((b) => b.type === 'paragraph');
  const sentences: Sentence[] = paragraphs.flatMap((p) => sentencesOf(p));

  // Type.
  let type: FieldType = { kind: 'object' };
  let enumShortName: string | undefined;
  if (row.typeText !== undefined) {
    try {
      const t = parseTypeNotation(row.typeText);
      if (t.kind === 'enum') enumShortName = t.shortName;
      else type = t.type;
    } catch (e) {
      if (!(e instanceof TypeNotationError)) throw e;
      diagnostics.error('type-cell/unknown', `cannot read the type "${row.typeText}": ${e.message}`, row.typeAt ?? row.at);
    }
  } else if (draft.untypedRows === 'infer') {
    const hasRange = sentences.some((s) => {
      const m = readSentence(s, { isMap: false });
      return m?.kind === 'constraint' && m.constraint.kind === 'range';
    });
    type = hasRange ? { kind: 'integer', format: 'int64' } : { kind: 'string' };
    diagnostics.info('legacy/type-inferred', `parameter "${name}" has no type cell; read as ${type.kind}`, row.at);
  } else {
    diagnostics.error('type-cell/missing', `field "${name}" has no type (the description cell must start with **type**)`, row.at);
  }

  // An older page writes maps as plain **object** with key/value constraints.
  if (draft.layout === 'legacy' && type.kind === 'object' && !nested && sentences.some((s) => /\beach key\b/i.test(s.text))) {
    type = { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } };
    diagnostics.info('legacy/map-inferred', `field "${name}" is documented as an object with key constraints; read as map<string, string>`, row.at);
  }

  // Nested rows of the older layout.
  if (nested) {
    if (type.kind !== 'object' && type.kind !== 'message') {
      diagnostics.error('table/nested-under-scalar', `field "${name}" of type ${type.kind} has nested rows`, row.at);
    } else {
      const ref = `${message.name}.${pascal(name)}`;
      types.push(...buildMessages({ ...draft, name: ref, description: '', rows: nested, synthetic: true, at: row.at }, diagnostics));
      type = { kind: 'message', ref };
    }
  }

  // Sentences: constraints, oneof, deprecation.
  const constraints: Constraint[] = [];
  let deprecated = false;
  for (const s of sentences) {
    const meaning = readSentence(s, { isMap: type.kind === 'map' });
    if (!meaning) continue;
    const location = diagnostics.at(s.start ?? row.typeAt ?? row.at);
    switch (meaning.kind) {
      case 'constraint': {
        // Some pages state a limit twice (in the prose and again at the end): keep it once.
        const same = (c: Constraint): boolean => JSON.stringify({ ...c, sentence: undefined, location: undefined }) === JSON.stringify({ ...meaning.constraint, sentence: undefined, location: undefined });
        if (!constraints.some(same)) constraints.push({ ...meaning.constraint, sentence: s.text, location } as Constraint);
        break;
      }
      case 'oneof': {
        // The same sentence stands on every member of the group.
        const key = meaning.fields.join(',');
        if (!message.oneofs.some((g) => g.join(',') === key)) message.oneofs.push(meaning.fields);
        if (!meaning.fields.includes(name)) {
          diagnostics.warn('oneof/not-member', `field "${name}" states a oneof group it is not part of: ${s.text}`, location);
        }
        break;
      }
      case 'deprecated':
        deprecated = true;
        break;
      case 'unrecognized':
        diagnostics.warn('constraint/unrecognized', `sentence reads like a constraint but matches no known form: "${s.text}"`, location);
        break;
    }
  }
  checkConstraintFit(name, type, repeated, constraints, diagnostics);

  // Enums: values from the list in the cell.
  const lists = row.blocks.filter((b): b is List => b.type === 'list');
  if (enumShortName !== undefined) {
    const enumType = buildEnum(`${message.name}.${enumShortName}`, lists, diagnostics, row);
    types.push(enumType);
    type = { kind: 'enum', ref: enumType.name };
  } else if (draft.layout === 'legacy' && type.kind === 'string' && !type.format && lists.length > 0) {
    const values = enumValues(lists, diagnostics, 'legacy');
    if (values.length > 0) {
      const enumType: EnumType = { kind: 'enum', name: `${message.name}.${pascal(name)}`, description: '', values, location: diagnostics.at(row.at) };
      types.push(enumType);
      type = { kind: 'enum', ref: enumType.name };
      diagnostics.info('legacy/enum-inferred', `field "${name}" lists its values; read as an enum`, row.at);
    }
  }

  const description = blocksToMarkdown(row.blocks);
  const field: Field = { name, repeated, type, description, deprecated, constraints, location: diagnostics.at(row.at) };
  return { field, types };
}

function buildEnum(name: string, lists: List[], diagnostics: DiagnosticBag, row: RawRow): EnumType {
  const values = enumValues(lists, diagnostics, 'yfm');
  if (values.length === 0) diagnostics.error('enum/no-values', `enum ${name} lists no values`, row.typeAt ?? row.at);
  return { kind: 'enum', name, description: '', values, location: diagnostics.at(row.typeAt ?? row.at) };
}

/** `- \`NAME\`: description` items (and `NAME: description` on older pages). */
function enumValues(lists: List[], diagnostics: DiagnosticBag, layout: 'yfm' | 'legacy'): EnumValue[] {
  const values: EnumValue[] = [];
  for (const list of lists) {
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      const at = item.position?.start;
      if (first?.type !== 'paragraph') continue;
      const [head, ...tail] = first.children;
      let valueName: string | undefined;
      let description = '';
      if (head?.type === 'inlineCode') {
        valueName = head.value;
        description = blocksToMarkdown([{ type: 'paragraph', children: tail }, ...rest]).replace(/^:\s*/, '');
      } else if (head?.type === 'text') {
        const m = /^([A-Z][A-Z0-9_]*)(?::\s*|$)/.exec(head.value);
        if (m) {
          valueName = m[1];
          description = blocksToMarkdown([{ type: 'paragraph', children: [{ ...head, value: head.value.slice(m[0].length) }, ...tail] }, ...rest]);
        }
      }
      if (valueName === undefined) {
        if (layout === 'yfm') diagnostics.error('enum/bad-value', 'an enum list item must start with the value in backticks', at);
        continue;
      }
      if (values.some((v) => v.name === valueName)) {
        diagnostics.warn('enum/duplicate-value', `enum value ${valueName} is listed twice`, at);
        continue;
      }
      values.push({ name: valueName, description: description.trim(), location: diagnostics.at(at) });
    }
  }
  return values;
}

/** A constraint that cannot apply to the field's type is a documentation error worth reporting. */
function checkConstraintFit(name: string, type: FieldType, repeated: boolean, constraints: Constraint[], diagnostics: DiagnosticBag): void {
  const element = type.kind === 'map' ? undefined : type;
  for (const c of constraints) {
    let ok = true;
    if (c.target === 'key' || c.target === 'mapValue' || c.target === 'map') ok = type.kind === 'map';
    else if (c.target === 'list') ok = repeated;
    else if (c.kind === 'length' || c.kind === 'pattern') ok = element?.kind === 'string' || (type.kind === 'map' && c.target !== 'value');
    else if (c.kind === 'values') ok = element?.kind === 'integer' || element?.kind === 'number' || (element?.kind === 'string' && (element.format === 'int64' || element.format === 'uint64'));
    else if (c.kind === 'range') ok = element?.kind === 'integer' || element?.kind === 'number' || (element?.kind === 'string' && (element.format === 'int64' || element.format === 'uint64'));
    if (!ok) diagnostics.warn('constraint/does-not-fit', `"${c.sentence}" does not fit field "${name}" of type ${repeated ? 'repeated ' : ''}${type.kind}`, c.location);
  }
}

