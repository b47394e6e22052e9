import { createI18n } from 'vue-i18n';
import en from '../locales/en';
import { datetimeFormats, numberFormats } from '../locales/formats';
import zhCN, { type MessageSchema } from '../locales/zh-CN';

// Interface language: 简体中文 by default, English on request (remembered in this browser).

export type AppLocale = 'zh-CN' | 'en';

const STORAGE_KEY = 'accredit.locale';

export function savedLocale(): AppLocale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function buildI18n(locale: AppLocale) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
    datetimeFormats,
    numberFormats,
  });
}

export type AppI18n = ReturnType<typeof buildI18n>;

// The instance the app runs with, for texts made outside components (domain labels, messages of
// composables): they follow the same language switch as the templates.
let active: AppI18n | undefined;

export function createAppI18n(locale: AppLocale = savedLocale()): AppI18n {
  active = buildI18n(locale);
  return active;
}

/** The running app's translator (a zh-CN one before any app is created, e.g. in unit specs). */
export function appI18n(): AppI18n['global'] {
  active ??= buildI18n(savedLocale());
  return active.global;
}

/** Dotted key paths of the message schema: 'dashboard.title', 'task.upload' … */
type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];
export type MessageKey = KeyPaths<MessageSchema>;

/**
 * `t` outside components. `named` fills {placeholders}; a number as `plural` picks the plural
 * form (vue-i18n's `a | b | c` syntax) and is also available as {n}.
 */
export function tr(key: MessageKey, named?: Record<string, unknown>, plural?: number): string {
  const t = appI18n().t as unknown as (k: string, a?: unknown, b?: unknown) => string;
  if (plural !== undefined) return t(key, { n: plural, ...named }, plural);
  return named ? t(key, named) : t(key);
}

/** A date/time in one of the named formats of `locales/formats.ts`. */
export function trDate(value: Date | number, format: keyof (typeof datetimeFormats)['zh-CN']): string {
  return appI18n().d(value, format);
}

/** A number in one of the named formats of `locales/formats.ts`. */
export function trNumber(value: number, format: keyof (typeof numberFormats)['zh-CN'] = 'decimal'): string {
  return appI18n().n(value, format);
}

export function rememberLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
}
