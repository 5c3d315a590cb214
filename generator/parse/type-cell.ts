// The type cell of a field table: `**string** (int64)`, `**[Type](#full.name)**`, `**enum** (Name)`,
// `**object** (map<**string**, **string**>)` … → FieldType. The notation is a tiny grammar: read it
// with a small recursive reader, not by guessing.
import type { FieldType, IntegerFormat, NumberFormat, StringFormat } from '../model/types.js';

export type TypeNotation =
  | { kind: 'type'; type: Exclude<FieldType, { kind: 'enum' }> }
  /** Enums name only the short name; the caller qualifies it. */
  | { kind: 'enum'; shortName: string };

export class TypeNotationError extends Error {}

const PROTO_SCALARS: Record<string, Exclude<FieldType, { kind: 'enum' }>> = {
  int64: { kind: 'string', format: 'int64' },
  sint64: { kind: 'string', format: 'int64' },
  sfixed64: { kind: 'string', format: 'int64' },
  uint64: { kind: 'string', format: 'uint64' },
  fixed64: { kind: 'string', format: 'uint64' },
  int32: { kind: 'integer', format: 'int32' },
  sint32: { kind: 'integer', format: 'int32' },
  sfixed32: { kind: 'integer', format: 'int32' },
  uint32: { kind: 'integer', format: 'uint32' },
  fixed32: { kind: 'integer', format: 'uint32' },
  double: { kind: 'number', format: 'double' },
  float: { kind: 'number', format: 'float' },
  bool: { kind: 'boolean' },
  bytes: { kind: 'string', format: 'bytes' },
  string: { kind: 'string' },
};

/** Protobuf well-known types, as their JSON mapping has them. */
const WELL_KNOWN: Record<string, Exclude<FieldType, { kind: 'enum' }>> = {
  'google.protobuf.Timestamp': { kind: 'string', format: 'date-time' },
  'google.protobuf.Duration': { kind: 'string', format: 'duration' },
  'google.protobuf.FieldMask': { kind: 'string', format: 'field-mask' },
  'google.protobuf.Int64Value': { kind: 'string', format: 'int64' },
  'google.protobuf.UInt64Value': { kind: 'string', format: 'uint64' },
  'google.protobuf.Int32Value': { kind: 'integer', format: 'int32' },
  'google.protobuf.UInt32Value': { kind: 'integer', format: 'uint32' },
  'google.protobuf.DoubleValue': { kind: 'number', format: 'double' },
  'google.protobuf.FloatValue': { kind: 'number', format: 'float' },
  'google.protobuf.BoolValue': { kind: 'boolean' },
  'google.protobuf.StringValue': { kind: 'string' },
  'google.protobuf.BytesValue': { kind: 'string', format: 'bytes' },
  'google.protobuf.Struct': { kind: 'object' },
  'google.protobuf.Any': { kind: 'object' },
  'google.protobuf.Empty': { kind: 'object' },
};

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

  /** `**kind**` [ `(` detail `)` ], `**[Name](#anchor)**`, `enum **Name**`, `**[well.known.Type](url)**` */
  notation(): TypeNotation {
    this.skipSpace();
    if (this.eat('enum **')) {
      const name = this.word();
      this.expect('**');
      return { kind: 'enum', shortName: name.split('.').pop()! };
    }
    this.expect('**');
    if (this.text.startsWith('map<', this.pos)) return this.bareMap();
    if (this.text.startsWith('[', this.pos) && !this.text.startsWith('](#', this.text.indexOf(']', this.pos))) {
      // A link to outside the page: the protobuf well-known types.
      const end = this.text.indexOf(']', this.pos);
      const name = this.text.slice(this.pos + 1, end);
      const close = this.text.indexOf(')', end);
      if (close < 0) throw new TypeNotationError('unclosed type link');
      this.pos = close + 1;
      this.expect('**');
      const known = WELL_KNOWN[name];
      if (!known) throw new TypeNotationError(`"${name}" links outside the page and is not a known protobuf type`);
      return { kind: 'type', type: known };
    }
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

  /** `**map<string,string>**` (older pages). */
  private bareMap(): TypeNotation {
    this.expect('map<');
    const end = this.text.indexOf('>**', this.pos);
    if (end < 0) throw new TypeNotationError('unclosed map<…>');
    const [k, v] = this.text.slice(this.pos, end).split(',').map((x) => x.trim());
    this.pos = end + 3;
    const scalar = (n: string | undefined): FieldType => {
      const t = n ? PROTO_SCALARS[n] : undefined;
      if (!t) throw new TypeNotationError(`unknown map type "${n}"`);
      return t;
    };
    return { kind: 'type', type: { kind: 'map', key: scalar(k), value: scalar(v) } };
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
      default: {
        // The newer pages name protobuf scalars directly (`**int64**`, `**bool**`).
        const t = PROTO_SCALARS[kind];
        if (t && format === undefined) return { kind: 'type', type: t };
        throw new TypeNotationError(`unknown type "${kind}"`);
      }
    }
  }
}
