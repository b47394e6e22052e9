import type { PathSegment } from './types';

// Helpers for registry parameter parsers. Errors carry a path relative to the parameter
// value so the validator can point at the exact YAML node.

export interface ParamError {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export type ParamResult<P> = { readonly ok: true; readonly params: P } | { readonly ok: false; readonly errors: readonly ParamError[] };

/** What a parameter may refer to, taken from the definition being validated. */
export interface ParamContext {
  readonly roles: Readonly<Record<string, string>>;
  readonly phases: Readonly<Record<string, unknown>>;
  readonly documents: Readonly<Record<string, string>>;
  readonly forms: Readonly<Record<string, string>>;
  readonly outcomes: Readonly<Record<string, string>>;
}

export function ok<P>(params: P): ParamResult<P> {
  return { ok: true, params };
}

export function fail<P>(message: string, path: readonly PathSegment[] = []): ParamResult<P> {
  return { ok: false, errors: [{ path, message }] };
}

export function failMany<P>(errors: readonly ParamError[]): ParamResult<P> {
  return { ok: false, errors };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Errors for keys other than the allowed ones. */
export function unexpectedKeys(value: Record<string, unknown>, allowed: readonly string[]): ParamError[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ path: [key], message: `不支持的参数"${key}"，可用：${allowed.join('、')}` }));
}

/** A non-empty string, or a non-empty list of them (`approved` or `[approved, returned]`). */
export function stringList(value: unknown, what: string): ParamResult<string[]> {
  if (typeof value === 'string' && value.trim() !== '') return ok([value]);
  if (Array.isArray(value) && value.length > 0) {
    const errors = value.flatMap((item, index): ParamError[] => (typeof item === 'string' && item.trim() !== '' ? [] : [{ path: [index], message: `${what}应为非空文字` }]));
    if (errors.length > 0) return failMany(errors);
    return ok([...new Set(value as string[])]);
  }
  return fail(`应为一个${what}或${what}列表`);
}

/** Each item must be a key of `known`; errors point at the offending list item. */
export function knownItems(items: readonly string[], raw: unknown, known: Readonly<Record<string, unknown>>, describe: (item: string) => string): ParamError[] {
  return items.flatMap((item): ParamError[] => (Object.hasOwn(known, item) ? [] : [{ path: Array.isArray(raw) ? [raw.indexOf(item)] : [], message: describe(item) }]));
}
