import { createI18n } from 'vue-i18n';
import en from '../locales/en';
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

export function createAppI18n(locale: AppLocale = savedLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function rememberLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
}
