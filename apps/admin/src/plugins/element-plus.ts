import { provideGlobalConfig, type ConfigProviderContext } from 'element-plus/es';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { computed, type App, type Ref } from 'vue';

// Element Plus is used on demand: components and functions (ElMessage …) are imported with
// their styles by unplugin-vue-components / unplugin-auto-import (see vite.config.ts). This
// file holds the one global configuration: texts in the interface language (zh-CN by default),
// size, and how messages stack. Imported from 'element-plus/es', the same entry the resolvers
// use, so that there is one configuration store in dev (pre-bundled) and in the build.

export const elementPlusConfig: ConfigProviderContext = {
  locale: zhCn,
  size: 'default',
  zIndex: 2000,
  message: { max: 3, grouping: true, showClose: true, duration: 4000 },
};

export function installElementPlus(app: App, locale?: Ref<string>): void {
  const config = computed<ConfigProviderContext>(() => ({ ...elementPlusConfig, locale: locale?.value === 'en' ? en : zhCn }));
  provideGlobalConfig(config, app, true);
}
