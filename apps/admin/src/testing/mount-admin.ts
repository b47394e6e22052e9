import type { Operation } from '@apollo/client/core';
import { mount, type VueWrapper } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { createAdmin, type Admin } from '../admin';
import type { CurrentUser } from '../composables/use-current-user';
import { OFFICE_ADMIN, apiError, fakeApi, meAnswer, myOrganisation, noNotifications, notLoggedIn, type Answer } from './fake-api';

// The whole admin (real router, guard, layout, Apollo client and cache) against a fake API, for the
// specs that open a page or need the admin's parts around a component. Everything mounted here is
// unmounted after each test (testing/dom-setup.ts), with its live updates stopped, so that nothing
// keeps listening to the window the next test or spec file uses.

/** A spec's answers by operation; `undefined` leaves the question to the defaults below. */
export type Answers = (operation: Operation) => Answer | undefined;

export interface AdminSetup {
  /** Who `me` answers when the spec does not: the office admin unless given; null, nobody. */
  user?: CurrentUser | null;
  /** Operations whose answers wait for `api.release()` (see `fakeApi`). */
  hold?: readonly string[];
}

/**
 * The questions the layout asks on every page (who is logged in, the bell, the organisation in the
 * header), answered as a quiet session does; anything else not answered by the spec is refused
 * with INTERNAL, so that a question the spec did not expect shows instead of passing silently.
 */
function defaultAnswer(operation: Operation, user: CurrentUser | null): Answer {
  switch (operation.operationName) {
    case 'Me':
      return user ? meAnswer(user) : notLoggedIn();
    case 'Notifications':
      return noNotifications();
    case 'MyOrganisation':
      return myOrganisation();
    default:
      return apiError(`unexpected ${operation.operationName}`, 'INTERNAL');
  }
}

const LAYOUT_QUESTIONS = new Set(['Me', 'Notifications', 'MyOrganisation']);

/**
 * The page's answers only: the layout's own questions (who is logged in, the bell, the organisation)
 * keep their defaults whatever `answer` says — for specs whose answer fails every request (the
 * server down, the session expired) while the session itself stays.
 */
export function pageAnswers(answer: (operation: Operation) => Answer): Answers {
  return (operation) => (LAYOUT_QUESTIONS.has(operation.operationName) ? undefined : answer(operation));
}

const opened: Admin[] = [];
const mounted: VueWrapper[] = [];

/** The admin wired to a fake API answering `answers`, then the defaults. Nothing is mounted. */
export function fakeAdmin(answers: Answers, setup: AdminSetup = {}): { admin: Admin; api: ReturnType<typeof fakeApi> } {
  const user = setup.user === undefined ? OFFICE_ADMIN : setup.user;
  const api = fakeApi((operation) => answers(operation) ?? defaultAnswer(operation, user), { hold: setup.hold });
  const admin = createAdmin({ history: createMemoryHistory(), link: api.link });
  opened.push(admin);
  return { admin, api };
}

/**
 * The admin opened at `path` as a browser opens an address: the guard runs, the page loads lazily,
 * then the app is mounted into the document (dialogs and messages land in its body).
 */
export async function mountAdminAt(path: string, answers: Answers, setup: AdminSetup = {}) {
  const { admin, api } = fakeAdmin(answers, setup);
  await admin.router.push(path);
  await admin.router.isReady();
  const w = mount(App, { attachTo: document.body, global: { plugins: [admin] } });
  mounted.push(w);
  return { w, admin, api, router: admin.router, client: admin.client, calls: api.calls };
}

/**
 * One component with the admin around it (Apollo client, current user, i18n, Element Plus, router),
 * the router first settled at `path` so that its lazy page has loaded before the spec can end.
 */
export async function mountInAdmin<P extends Record<string, unknown>>(component: Component, props: P, answers: Answers, setup: AdminSetup & { path?: string } = {}) {
  const { admin, api } = fakeAdmin(answers, setup);
  if (setup.path) {
    await admin.router.push(setup.path);
    await admin.router.isReady();
  }
  const w = mount(component, { attachTo: document.body, props, global: { plugins: [admin] } });
  mounted.push(w);
  return { w, admin, api, calls: api.calls };
}

/** Unmounts what the helpers mounted and stops the admins' live updates (after each test). */
export function closeAdmins(): void {
  // A spec may have unmounted one itself (to mount the next): Vue warns on a second unmount.
  for (const w of mounted.splice(0)) if (!w.vm.$.isUnmounted) w.unmount();
  for (const admin of opened.splice(0)) admin.live.stop();
}
