import { createRouter, createWebHashHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, shown in the browser tab and the breadcrumb. */
    title?: string;
    /** Menu section the page belongs to. */
    section?: string;
  }
}

export const PRODUCT_NAME = '科普示范区创建工作平台';

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'campaign-indicator-tree' } },
  {
    path: '/campaigns/indicator-tree',
    name: 'campaign-indicator-tree',
    component: () => import('./views/campaigns/indicator-tree/index.vue'),
    meta: { title: '指标体系', section: '创建管理' },
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'campaign-indicator-tree' } },
];

/**
 * Hash history: the API serves the built admin as static files at `/`, and hash addresses
 * need no server-side fallback to index.html.
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes });
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} - ${PRODUCT_NAME}` : PRODUCT_NAME;
  });
  return router;
}
