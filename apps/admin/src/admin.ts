import type { ApolloClient, ApolloLink, NormalizedCacheObject } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { watch, type App } from 'vue';
import type { Router, RouterHistory } from 'vue-router';
import { createApolloClient } from './apollo';
import { LIVE_UPDATES, createLiveUpdates, type LiveUpdates } from './composables/live-updates';
import { CURRENT_USER, createCurrentUser, type CurrentUserStore } from './composables/use-current-user';
import { installElementPlus } from './plugins/element-plus';
import { createAppI18n, type AppI18n } from './plugins/i18n';
import { createAppRouter } from './router';

/** A Vue plugin (`app.use(admin)`) that also hands its parts to the specs. */
export interface Admin {
  client: ApolloClient<NormalizedCacheObject>;
  currentUser: CurrentUserStore;
  router: Router;
  i18n: AppI18n;
  live: LiveUpdates;
  install(app: App): void;
}

/**
 * The admin's parts wired together: the Apollo client tells the current-user store about
 * UNAUTHENTICATED answers, the router asks the store who is logged in and leaves for the login
 * page when the session ends. `main.ts` installs it; the specs install it with a fake API.
 */
export function createAdmin(options: { history?: RouterHistory; link?: ApolloLink } = {}): Admin {
  const currentUser = createCurrentUser(() => client);
  const i18n = createAppI18n();
  const client = createApolloClient({ link: options.link, onUnauthenticated: (operation) => currentUser.handleUnauthenticated(operation) });
  const router = createAppRouter(options.history, currentUser, () => {
    ElMessage.warning({ message: i18n.global.t('common.forbiddenPage'), grouping: true });
  });
  // Screens follow others' changes while someone is logged in.
  const live = createLiveUpdates({ client });
  watch(currentUser.user, (user) => (user ? live.start() : live.stop()), { immediate: true });
  return {
    client,
    currentUser,
    router,
    i18n,
    live,
    install(app: App) {
      app.provide(DefaultApolloClient, client);
      app.provide(LIVE_UPDATES, live);
      app.provide(CURRENT_USER, currentUser);
      app.use(i18n);
      installElementPlus(app, i18n.global.locale);
      app.use(router);
    },
  };
}
