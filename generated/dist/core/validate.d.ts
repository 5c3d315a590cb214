import { YandexCloudError } from './errors.js';
export type Constraint = 'required' | 'type' | 'length' | 'count' | 'range' | 'values' | 'pattern' | 'enum' | 'oneof' | 'unknown' | 'format';
export interface ValidationIssue {
    /** JSON path of the offending value, e.g. `thumbnailIds[3]`, `settings.advertisement`. */
    path: string;
    constraint: Constraint;
    /** The documented limit (a number, a decimal string for int64, a pattern, a list of names). */
    limit?: number | string;
    /** The value's size: its length, element count or value, where that says something. */
    actual?: number | string;
    /** The documented sentence, or what was expected. */
    message: string;
}
/** A request (or, when asked, a response) does not satisfy what the docs state. Nothing was sent. */
export declare class ValidationError extends YandexCloudError {
    name: string;
    readonly issues: ValidationIssue[];
    constructor(what: string, issues: ValidationIssue[]);
}
export type Validator = (value: unknown, path?: string, out?: ValidationIssue[]) => ValidationIssue[];
export declare function isRecord(v: unknown): v is Record<string, unknown>;
/** Length in Unicode code points, as the docs count characters. */
export declare function codePoints(s: string): number;
/** An int64/uint64 in its JSON forms (decimal string, or a safe integer number) → BigInt, or undefined. */
export declare function toInt64(v: unknown, unsigned: boolean): bigint | undefined;
/** RFC 3339, as protobuf's Timestamp JSON form. */
export declare function isDateTime(s: string): boolean;
/** protobuf Duration JSON form: seconds with up to 9 fraction digits and an `s`. */
export declare function isDuration(s: string): boolean;
/** Standard or URL-safe base64, padded or not. */
export declare function isBase64(s: string): boolean;
/** FieldMask JSON form: comma-separated dotted paths. */
export declare function isFieldMask(s: string): boolean;
export declare function typeName(v: unknown): string;
/** `path` + `.key` (or `["odd key"]`). */
export declare function child(path: string, key: string): string;
/** Records one issue (the generated validators call this on the failure path only). */
export declare function fail(out: ValidationIssue[], path: string, constraint: Constraint, message: string, limit?: number | string, actual?: number | string): void;
