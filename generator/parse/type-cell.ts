// The type cell of a field table: `**string** (int64)`, `**[Type](#full.name)**`, `**enum** (Name)`,
// `**object** (map<**string**, **string**>)` … → FieldType. The notation is a tiny grammar: read it
// with a small recursive reader, not by guessing.
import type { FieldType, IntegerFormat, NumberFormat, StringFormat } from '../model/types.js';

export type TypeNotation =
  | { kind: 'type'; type: Exclude<FieldType, { kind: 'enum' }> }
  /** Enums name only the short name; the caller qualifies it. */
  | { kind: 'enum'; shortName: string };

export class TypeNotationError extends Error {}

const STRING_FORMATS: Record<string, StringFormat> = {
  int64: 'int64',
  uint64: 'uint64',
  'date-time': 'date-time',
  duration: 'duration',
  bytes: 'bytes',
  byte: 'bytes', // older pages
  'field-mask': 'field-mask',
};
const INTEGER_FORMATS: Record<string, IntegerFormat> = { int32: 'int32', uint32: 'uint32', int64: 'int64', uint64: 'uint64' };
const NUMBER_FORMATS: Record<string, NumberFormat> = { double: 'double', float: 'float' };

/** Parses a whole notation; throws TypeNotationError naming what is wrong. */
export function parseTypeNotation(text: string): TypeNotation {
  const reader = new Reader(text.trim());
  const result = reader.notation();
  reader.skipSpace();
  if (!reader.done()) throw new TypeNotationError(`unexpected text after the type: "${reader.rest()}"`);
  return result;
}

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }
  rest(): string {
    return this.text.slice(this.pos);
  }
  skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
  private eat(s: string): boolean {
    if (this.text.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }
  private expect(s: string): void {
    if (!this.eat(s)) throw new TypeNotationError(`expected "${s}" at "${this.rest() || 'end of cell'}"`);
  }
  private word(): string {
    const m = /^[A-Za-z_][\w.-]*/.exec(this.rest());
    if (!m) throw new TypeNotationError(`expected a name at "${this.rest() || 'end of cell'}"`);
    this.pos += m[0].length;
    return m[0];
  }

  /** `**kind**` [ `(` detail `)` ] or `**[Name](#anchor)**` */
  notation(): TypeNotation {
    this.skipSpace();
    this.expect('**');
    if (this.eat('[')) {
      const close = this.text.indexOf('](#', this.pos);
      if (close < 0) throw new TypeNotationError(`expected "](#anchor)" in a type link at "${this.rest()}"`);
      this.pos = close + 3;
      const end = this.text.indexOf(')', this.pos);
      if (end < 0) throw new TypeNotationError('unclosed type link');
      const ref = this.text.slice(this.pos, end).trim();
      this.pos = end + 1;
      this.expect('**');
      if (!/^[A-Za-z_][\w.]*$/.test(ref)) throw new TypeNotationError(`"${ref}" is not a type name`);
      return { kind: 'type', type: { kind: 'message', ref } };
    }
    const kind = this.word();
    this.expect('**');
    this.skipSpace();
    const detail = this.eat('(') ? this.detail(kind) : undefined;
    return this.build(kind, detail);
  }

  private detail(kind: string): { format?: string; map?: { key: FieldType; value: FieldType }; enumName?: string } {
    this.skipSpace();
    let out: { format?: string; map?: { key: FieldType; value: FieldType }; enumName?: string };
    if (kind === 'object' && this.eat('map<')) {
      const key = this.scalarInMap();
      this.skipSpace();
      this.expect(',');
      const value = this.scalarInMap();
      this.skipSpace();
      this.expect('>');
      out = { map: { key, value } };
    } else if (kind === 'enum') {
      out = { enumName: this.word() };
    } else {
      out = { format: this.word() };
    }
    this.skipSpace();
    this.expect(')');
    return out;
  }

  private scalarInMap(): FieldType {
    const inner = this.notation();
    if (inner.kind === 'enum') throw new TypeNotationError('an enum as a map key or value is not supported');
    return inner.type;
  }

  private build(kind: string, detail: ReturnType<Reader['detail']> | undefined): TypeNotation {
    const format = detail?.format;
    switch (kind) {
      case 'string': {
        if (format === undefined || format === 'string') return { kind: 'type', type: { kind: 'string' } };
        const f = STRING_FORMATS[format];
        if (!f) throw new TypeNotationError(`unknown string format "${format}"`);
        return { kind: 'type', type: { kind: 'string', format: f } };
      }
      case 'integer': {
        if (format === undefined) return { kind: 'type', type: { kind: 'integer' } };
        const f = INTEGER_FORMATS[format];
        if (!f) throw new TypeNotationError(`unknown integer format "${format}"`);
        return { kind: 'type', type: { kind: 'integer', format: f } };
      }
      case 'number': {
        if (format === undefined) return { kind: 'type', type: { kind: 'number' } };
        const f = NUMBER_FORMATS[format];
        if (!f) throw new TypeNotationError(`unknown number format "${format}"`);
        return { kind: 'type', type: { kind: 'number', format: f } };
      }
      case 'boolean':
        if (format !== undefined && format !== 'boolean') throw new TypeNotationError(`unknown boolean format "${format}"`);
        return { kind: 'type', type: { kind: 'boolean' } };
      case 'object':
        if (detail?.map) return { kind: 'type', type: { kind: 'map', ...detail.map } };
        if (format !== undefined) throw new TypeNotationError(`unknown object detail "${format}"`);
        return { kind: 'type', type: { kind: 'object' } };
      case 'enum':
        if (!detail?.enumName) throw new TypeNotationError('an enum type needs its name: **enum** (Name)');
        return { kind: 'enum', shortName: detail.enumName };
      default:
        throw new TypeNotationError(`unknown type "${kind}"`);
    }
  }
}
