import { useI18n } from 'vue-i18n';
import { rememberLocale, type AppLocale } from '../plugins/i18n';

/** 中文 ⇄ English, remembered in this browser (the header and the login page offer it). */
export function useLocaleSwitch(): { switchLocale: () => void } {
  const { locale } = useI18n();
  function switchLocale(): void {
    const next: AppLocale = locale.value === 'en' ? 'zh-CN' : 'en';
    locale.value = next;
    rememberLocale(next);
  }
  return { switchLocale };
}
