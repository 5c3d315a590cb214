// The intermediate model: the contract between the parser and every emitter. Plain data only.

/** A place in a page: 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable rule code, e.g. `type-cell/unknown`. */
  rule: string;
  severity: Severity;
  message: string;
  location: SourceLocation;
  /** Other places the message speaks of (the other page of a merge conflict, …). */
  related?: SourceLocation[];
}

export type StringFormat = 'int64' | 'uint64' | 'date-time' | 'duration' | 'bytes' | 'field-mask';
export type IntegerFormat = 'int32' | 'uint32' | 'int64' | 'uint64';
export type NumberFormat = 'double' | 'float';

export type FieldType =
  | { kind: 'string'; format?: StringFormat }
  | { kind: 'integer'; format?: IntegerFormat }
  | { kind: 'number'; format?: NumberFormat }
  | { kind: 'boolean' }
  /** A free-form JSON object (google.protobuf.Any, Struct, an empty message the docs do not name). */
  | { kind: 'object' }
  | { kind: 'map'; key: FieldType; value: FieldType }
  /** Full name of an EnumType in `ApiModel.types`. */
  | { kind: 'enum'; ref: string }
  /** Full name of a MessageType in `ApiModel.types`. */
  | { kind: 'message'; ref: string };

/**
 * What a constraint applies to: the field's value (each element of a repeated field), the list itself,
 * or a map's keys, values or entries.
 */
export type ConstraintTarget = 'value' | 'list' | 'key' | 'mapValue' | 'map';

interface ConstraintBase {
  target: ConstraintTarget;
  /** The documented sentence the constraint was read from. */
  sentence: string;
  location: SourceLocation;
}

export type Constraint =
  | (ConstraintBase & { kind: 'required' })
  /** String length in Unicode code points. */
  | (ConstraintBase & { kind: 'length'; min?: number; max?: number })
  /** Number of elements of a list, or entries of a map. */
  | (ConstraintBase & { kind: 'count'; min?: number; max?: number })
  /** Inclusive numeric range; decimal strings so int64 limits stay exact. */
  | (ConstraintBase & { kind: 'range'; min?: string; max?: string })
  /** A regular expression as the docs give it (RE2 syntax). */
  | (ConstraintBase & { kind: 'pattern'; pattern: string })
  /** The value is one of these numbers ("The value must satisfy: 2,4,6."); decimal strings, exact. */
  | (ConstraintBase & { kind: 'values'; values: string[] });

export type ConstraintKind = Constraint['kind'];

export interface Field {
  /** JSON name, as in the table (without the `[]` suffix). */
  name: string;
  repeated: boolean;
  type: FieldType;
  /** Markdown. */
  description: string;
  deprecated: boolean;
  constraints: Constraint[];
  location: SourceLocation;
}

export interface MessageType {
  kind: 'message';
  /** Full name from the section anchor, e.g. `yandex.cloud.video.v1.ThumbnailDownloadURL`. */
  name: string;
  description: string;
  fields: Field[];
  /** Groups of field names of which at most one may be set ("Includes only one of the fields …"). */
  oneofs: string[][];
  /** True when the page gives no name and the parser made one up (older layouts). */
  synthetic: boolean;
  location: SourceLocation;
}

export interface EnumValue {
  name: string;
  description: string;
  location: SourceLocation;
}

export interface EnumType {
  kind: 'enum';
  /** `<message full name>.<EnumName>`: the docs give the enum's short name only. */
  name: string;
  description: string;
  values: EnumValue[];
  location: SourceLocation;
}

export type TypeDef = MessageType | EnumType;

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpEndpoint {
  verb: HttpVerb;
  /** Host with `{{ var }}` placeholders kept as `{var}`-free text, e.g. `video.{{ api-host }}`. */
  host: string;
  /** Host variables used by `host`, in order. */
  hostVariables: string[];
  /** Path with `{param}` placeholders, e.g. `/video/v1/channels/{channelId}`. */
  path: string;
  pathParams: string[];
}

export interface JsonExample {
  /** Where it stood: the request body, the query or the response. */
  part: 'query' | 'body' | 'response';
  text: string;
  location: SourceLocation;
}

export interface Method {
  /** As the docs write it in the H1, e.g. `BatchGenerateDownloadURLs`. */
  name: string;
  description: string;
  http: HttpEndpoint;
  pathParams: Field[];
  /** Message whose fields are the query parameters. */
  query?: string;
  /** Message that is the JSON body. */
  body?: string;
  response: {
    status: number;
    statusText: string;
    /** Message type of the body; undefined when the page documents none. */
    type?: string;
  };
  /** For long-running methods (response is yandex.cloud.operation.Operation). */
  operation?: { metadata?: string; response?: string };
  examples: JsonExample[];
  location: SourceLocation;
}

export interface Resource {
  name: string;
  description: string;
  methods: Method[];
}

export interface Service {
  /** Short id, e.g. `video`, `lockbox`. */
  id: string;
  /** e.g. `Video API`. */
  title: string;
  resources: Resource[];
}

export interface ApiModel {
  services: Service[];
  /** Every message and enum, keyed by full name. */
  types: Record<string, TypeDef>;
}

export const OPERATION_TYPE = 'yandex.cloud.operation.Operation';
export const EMPTY_TYPE = 'google.protobuf.Empty';
