export type PathSeg = string | number;
export interface RawVariant {
    name: string;
    at: PathSeg[];
    value?: unknown;
    remove?: true;
    constraint?: string;
    path?: string;
}
export interface Boundary<T> {
    name: string;
    value: T;
}
export interface Invalid {
    name: string;
    /** The constraint this variant breaks (and only this one). */
    constraint: string;
    /** The path the validator reports. */
    path: string;
    value: unknown;
}
export interface Fixtures<T> {
    /** Satisfies every documented constraint. */
    readonly valid: T;
    /** Valid values exactly at each documented limit. */
    readonly boundaries: Boundary<T>[];
    /** Each breaks one constraint, named. */
    readonly invalid: Invalid[];
}
export declare function fixtureSet<T>(validRaw: T, boundariesRaw: RawVariant[], invalidRaw: RawVariant[]): Fixtures<T>;
