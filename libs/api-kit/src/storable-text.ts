import { ApiKitRefusal, apiKitError } from './api-kit.exception';
import type { AppError } from './app-error';

/**
 * PostgreSQL stores no NUL character in text or jsonb (it fails the whole statement), so input
 * carrying one is refused up front as the caller's mistake, with the field named.
 */
const NUL = '\u0000';

export function hasUnstorableText(value: string): boolean {
  return value.includes(NUL);
}

export function assertStorableText(value: string, field: string): string {
  if (hasUnstorableText(value)) throw unstorable(field);
  return value;
}

export function unstorable(field: string): AppError {
  return apiKitError(ApiKitRefusal.NulCharacter, `「${field}」中含有空字符（\\0），无法保存；请删除该字符（常见于从其他软件复制的文字）后重试`, { field });
}

/** The path of the first string under `value` (variables, JSON) that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path = 'variables', depth = 0): string | null {
  if (typeof value === 'string') return hasUnstorableText(value) ? path : null;
  if (depth > 50 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (hasUnstorableText(key)) return `${path}.${key.replaceAll(NUL, '\\0')}`;
    const found = findUnstorableText(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
