// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../plugins/i18n';
import en from './en';
import zhCN from './zh-CN';

// Every message of both languages compiles and says something: a broken placeholder or plural
// ('{n', a stray '|' or '@') would otherwise show only when that screen opens in that language.

type Tree = { [key: string]: string | Tree };

function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : paths(value, `${prefix}${key}.`)));
}

describe('locale messages', () => {
  it('has the same keys in English as in Chinese', () => {
    expect(paths(en as unknown as Tree).sort()).toEqual(paths(zhCN as unknown as Tree).sort());
  });

  it.each(['zh-CN', 'en'] as const)('compiles every %s message, with its placeholders filled', (locale) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = createAppI18n(locale).global.t as unknown as (key: string, named: Record<string, unknown>, plural: number) => string;
    const named = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? `«${name}»` : undefined), has: () => true });
    for (const key of paths(zhCN as unknown as Tree)) {
      for (const count of [1, 2]) {
        const text = t(key, named, count);
        expect(text, key).not.toBe(key);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/[{}]/);
      }
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });
});
