import { nextTick, watch } from 'vue';
import { createRouter, createWebHashHistory, type RouteLocationNormalized, type RouteLocationRaw, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { apiErrorMessage, asApolloError } from './composables/api-error-message';
import type { CurrentUserStore } from './composables/use-current-user';
import { READERS, hasAnyRole, homeRouteName, type Role } from './domain/access';
import { appI18n, tr, type MessageKey } from './plugins/i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** Key of the page title (shown in the browser tab), translated when the title is set. */
    title?: MessageKey;
    /** Key of the menu section the page belongs to. */
    section?: MessageKey;
    /** Open without logging in (the login page). */
    public?: boolean;
    /** Roles that work in this page; anyone logged in when absent. */
    roles?: readonly Role[];
  }
}

/** The start page; the guard sends each role on to its own (see domain/access.ts). */
export const HOME: RouteLocationRaw = { name: 'home' };

const OFFICE: readonly Role[] = ['office_admin'];
const USER_ADMINS: readonly Role[] = ['office_admin', 'system_admin'];
const ALL_READERS: readonly Role[] = [...READERS, 'liaison'];

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/auth/login/index.vue'),
    meta: { title: 'nav.login', public: true },
  },
  {
    // 命名名单 of a national batch, for anyone, without login: outside the layout (no user, no menu).
    path: '/public/campaigns/:campaignId/named',
    name: 'public-named-list',
    component: () => import('./views/public/named-list/index.vue'),
    meta: { title: 'nationalBatch.publicList.title', public: true },
  },
  {
    // 公示名单: who is in publicity and until when, for anyone, without login (objections: 公示中, logged in).
    path: '/public/campaigns/:campaignId/publicity',
    name: 'public-publicity',
    component: () => import('./views/public/publicity/index.vue'),
    meta: { title: 'nationalBatch.publicity.publicTitle', public: true },
  },
  {
    // Every page but the login one and the public list sits in the layout (header, menu).
    path: '/',
    component: () => import('./layouts/admin-layout.vue'),
    children: [
      { path: '', name: 'home', component: { render: () => null } },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('./views/overview/dashboard/index.vue'),
        meta: { title: 'nav.dashboard', section: 'nav.overview', roles: READERS },
      },
      {
        path: 'tasks',
        name: 'task-table',
        component: () => import('./views/overview/task-table/index.vue'),
        meta: { title: 'nav.taskTable', section: 'nav.overview', roles: READERS },
      },
      {
        path: 'exports',
        name: 'exports',
        component: () => import('./views/overview/exports/index.vue'),
        meta: { title: 'nav.exports', section: 'nav.overview', roles: READERS },
      },
      {
        path: 'my-tasks/:taskId?',
        name: 'my-tasks',
        component: () => import('./views/work/my-tasks/index.vue'),
        meta: { title: 'nav.myTasks', section: 'nav.work', roles: ['liaison'] },
      },
      {
        path: 'review/:taskId?',
        name: 'review',
        component: () => import('./views/work/review/index.vue'),
        meta: { title: 'nav.review', section: 'nav.work', roles: OFFICE },
      },
      {
        path: 'campaigns/indicator-tree',
        name: 'campaign-indicator-tree',
        component: () => import('./views/campaigns/indicator-tree/index.vue'),
        meta: { title: 'nav.indicatorTree', section: 'nav.campaign', roles: ALL_READERS },
      },
      {
        path: 'campaigns/scores',
        name: 'campaign-scores',
        component: () => import('./views/scores/scoring/index.vue'),
        meta: { title: 'nav.scores', section: 'nav.campaign', roles: READERS },
      },
      {
        path: 'campaigns/indicator-templates',
        name: 'campaign-indicator-templates',
        component: () => import('./views/campaigns/indicator-templates/index.vue'),
        meta: { title: 'nav.indicatorTemplates', section: 'nav.campaign', roles: USER_ADMINS },
      },
      {
        path: 'campaigns/indicator-import',
        name: 'campaign-indicator-import',
        component: () => import('./views/campaigns/indicator-import/index.vue'),
        meta: { title: 'nav.indicatorImport', section: 'nav.campaign', roles: OFFICE },
      },
      {
        path: 'campaigns/designer',
        name: 'campaign-designer',
        component: () => import('./views/campaigns/campaign-designer/index.vue'),
        meta: { title: 'nav.campaignDesigner', section: 'nav.campaign', roles: OFFICE },
      },
      {
        path: 'campaigns/plan',
        name: 'campaign-plan',
        component: () => import('./views/campaigns/campaign-plan/index.vue'),
        meta: { title: 'nav.campaignPlan', section: 'nav.campaign', roles: OFFICE },
      },
      {
        path: 'campaigns/workflow',
        name: 'campaign-workflow',
        component: () => import('./views/campaigns/workflow/index.vue'),
        meta: { title: 'nav.workflow', section: 'nav.campaign', roles: READERS },
      },
      {
        // 自评报告 and the other documents the campaign's workflow asks for; supervisors and experts read.
        path: 'campaigns/documents',
        name: 'campaign-documents',
        component: () => import('./views/campaigns/documents/index.vue'),
        meta: { title: 'nav.documents', section: 'nav.campaign', roles: READERS },
      },
      {
        path: 'campaigns/participants',
        name: 'campaign-participants',
        component: () => import('./views/campaigns/participants/index.vue'),
        meta: { title: 'nav.participants', section: 'nav.campaign', roles: READERS },
      },
      {
        // 异议答复: the objections the organisation's batches received during publicity; its office answers.
        path: 'campaigns/objections',
        name: 'campaign-objections',
        component: () => import('./views/campaigns/objections/index.vue'),
        meta: { title: 'nationalBatch.nav.objections', section: 'nav.campaign', roles: OFFICE },
      },
      {
        // 公示中: every batch's units in publicity, for anyone logged in (anyone may object).
        path: 'campaigns/publicity',
        name: 'campaign-publicity',
        component: () => import('./views/campaigns/objections/publicity.vue'),
        meta: { title: 'nationalBatch.publicity.title', section: 'nav.campaign', roles: [...ALL_READERS, 'system_admin'] },
      },
      {
        // 报送情况: per province who has not filed, and 催报 (the campaign owner's office).
        path: 'campaigns/filing-status',
        name: 'campaign-filing-status',
        component: () => import('./views/campaigns/filing-status/index.vue'),
        meta: { title: 'nav.filingStatus', section: 'nav.campaign', roles: OFFICE },
      },
      {
        path: 'campaigns/applications',
        name: 'campaign-applications',
        component: () => import('./views/campaigns/applications/index.vue'),
        meta: { title: 'nav.applications', section: 'nav.campaign', roles: OFFICE },
      },
      {
        path: 'campaigns/forms',
        name: 'campaign-forms',
        component: () => import('./views/forms/campaign-forms/index.vue'),
        meta: { title: 'nav.forms', section: 'nav.campaign', roles: ALL_READERS },
      },
      {
        // 遴选报送 of a campaign's capped forms (`?campaign=`): a province chooses, the owner reads and sets the caps.
        path: 'campaigns/forms/selections',
        name: 'form-selections',
        component: () => import('./views/forms/selections/index.vue'),
        meta: { title: 'formSelections.title', section: 'nav.campaign', roles: ALL_READERS },
      },
      {
        // One form of the campaign (`?campaign=`), for an organisation (`?organisation=`, else one's own).
        path: 'campaigns/forms/:definitionId',
        name: 'campaign-form',
        component: () => import('./views/forms/form-page/index.vue'),
        meta: { title: 'nav.fillForm', section: 'nav.campaign', roles: ALL_READERS },
      },
      {
        path: 'settings/departments',
        name: 'settings-departments',
        component: () => import('./views/settings/departments/index.vue'),
        meta: { title: 'nav.departments', section: 'nav.settings', roles: USER_ADMINS },
      },
      {
        path: 'settings/organisations',
        name: 'settings-organisations',
        component: () => import('./views/settings/organisations/index.vue'),
        meta: { title: 'nav.organisations', section: 'nav.settings', roles: USER_ADMINS },
      },
      {
        path: 'settings/users',
        name: 'settings-users',
        component: () => import('./views/settings/users/index.vue'),
        meta: { title: 'nav.users', section: 'nav.settings', roles: USER_ADMINS },
      },
      {
        path: 'settings/workflows',
        name: 'settings-workflows',
        component: () => import('./views/settings/workflows/index.vue'),
        meta: { title: 'nav.workflows', section: 'nav.settings', roles: [...OFFICE, 'supervisor', 'system_admin'] },
      },
      {
        // Everyone's own account: no roles needed.
        path: 'account/password',
        name: 'change-password',
        component: () => import('./views/auth/change-password/index.vue'),
        meta: { title: 'nav.changePassword', section: 'nav.account' },
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

/** The browser tab's title: the page's, then the product's, in the current language. */
export function pageTitle(route: Pick<RouteLocationNormalized, 'meta'>): string {
  const product = tr('layout.productName');
  return route.meta.title ? tr('layout.pageTitle', { page: tr(route.meta.title), product }) : product;
}

function setDocumentTitle(route: RouteLocationNormalized): void {
  document.title = pageTitle(route);
}

/** Called when a role opens a page that is not for it (the layout says so in a message). */
export type ForbiddenListener = (to: RouteLocationNormalized) => void;

/**
 * Hash history: the API serves the built admin as static files at `/`, and hash addresses
 * need no server-side fallback to index.html.
 *
 * With a current-user store, every page but the login one needs a logged-in user: unknown →
 * ask the API (`me`); nobody → /login?redirect=…; a session that expires while in use → the
 * same, with 登录已过期，请重新登录 on the login page. A page meant for other roles leads to the
 * user's own start page (the API refuses the data anyway; the admin does not invite it).
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory(), currentUser?: CurrentUserStore, onForbidden?: ForbiddenListener): Router {
  const router = createRouter({ history, routes });

  if (currentUser) {
    router.beforeEach(async (to) => {
      if (to.meta.public) {
        // Already logged in: the login page has nothing to do.
        if (to.name === 'login' && currentUser.user.value) return safeRedirect(to.query['redirect']) ?? HOME;
        return true;
      }
      let user;
      try {
        user = await currentUser.resolve();
      } catch (error) {
        // The API cannot say who is logged in (unreachable …): the login page says why.
        currentUser.setNotice({ type: 'error', message: apiErrorMessage(asApolloError(error)) });
        return loginLocation(to);
      }
      if (!user) return loginLocation(to);
      // A password someone else set (created, reset, generated) is replaced before any work.
      if (user.mustChangePassword && to.name !== 'change-password') {
        const redirect = safeRedirect(to.fullPath);
        return { name: 'change-password', query: redirect && redirect !== '/' ? { redirect } : {} };
      }
      const home = homeRouteName(user.roles);
      if (to.name === 'home') return { name: home, query: to.query };
      if (!hasAnyRole(user.roles, to.meta.roles)) {
        onForbidden?.(to);
        return { name: home };
      }
      return true;
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

  router.afterEach((to) => setDocumentTitle(to));
  // The tab's title follows the language switch too, not only the next navigation.
  watch(appI18n().locale, () => setDocumentTitle(router.currentRoute.value));
  return router;
}
