import { nextTick } from 'vue';
import {
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import { apiErrorMessage, asApolloError } from './composables/api-error-message';
import type { CurrentUserStore } from './composables/use-current-user';

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, shown in the browser tab and the breadcrumb. */
    title?: string;
    /** Menu section the page belongs to. */
    section?: string;
    /** Open without logging in (the login page). */
    public?: boolean;
  }
}

export const PRODUCT_NAME = '科普示范区创建工作平台';

export const HOME: RouteLocationRaw = { name: 'campaign-indicator-tree' };

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/auth/login/index.vue'),
    meta: { title: '登录', public: true },
  },
  {
    // Every page but the login one sits in the layout (header, menu).
    path: '/',
    component: () => import('./layouts/admin-layout.vue'),
    redirect: HOME,
    children: [
      {
        path: 'campaigns/indicator-tree',
        name: 'campaign-indicator-tree',
        component: () => import('./views/campaigns/indicator-tree/index.vue'),
        meta: { title: '指标体系', section: '创建管理' },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: HOME },
];

/**
 * Where to go after login: an address inside the admin (`/campaigns/…?campaign=…`), never the
 * login page itself nor anything that is not a plain path.
 */
export function safeRedirect(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return null;
  if (path === '/login' || path.startsWith('/login?') || path.startsWith('/login#')) return null;
  return path;
}

export function loginLocation(from: RouteLocationNormalized): RouteLocationRaw {
  const redirect = safeRedirect(from.fullPath);
  return { name: 'login', query: redirect && redirect !== '/' ? { redirect } : {} };
}

/**
 * Hash history: the API serves the built admin as static files at `/`, and hash addresses
 * need no server-side fallback to index.html.
 *
 * With a current-user store, every page but the login one needs a logged-in user: unknown →
 * ask the API (`me`); nobody → /login?redirect=…; a session that expires while in use → the
 * same, with 登录已过期，请重新登录 on the login page.
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory(), currentUser?: CurrentUserStore): Router {
  const router = createRouter({ history, routes });

  if (currentUser) {
    router.beforeEach(async (to) => {
      if (to.meta.public) {
        // Already logged in: the login page has nothing to do.
        if (to.name === 'login' && currentUser.user.value) return safeRedirect(to.query['redirect']) ?? HOME;
        return true;
      }
      try {
        if (await currentUser.resolve()) return true;
      } catch (error) {
        // The API cannot say who is logged in (unreachable …): the login page says why.
        currentUser.setNotice({ type: 'error', message: apiErrorMessage(asApolloError(error)) });
      }
      return loginLocation(to);
    });

    currentUser.onSignedOut(async (reason) => {
      const from = router.currentRoute.value;
      if (from.meta.public) return;
      // An expired session comes back to where it was; after a logout the next user starts afresh.
      await router.replace(reason === 'expired' ? loginLocation(from) : { name: 'login' });
      // Let the pages unmount (their queries stop) before the cache is dropped.
      await nextTick();
    });
  }

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} - ${PRODUCT_NAME}` : PRODUCT_NAME;
  });
  return router;
}
