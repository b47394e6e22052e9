import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignListDocument, LoginDocument } from '../../../graphql/generated/graphql';
import { LIAISON, answerFor, apiError, notLoggedIn, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// The login page in the whole admin (real router, guard, Apollo client) against a fake API.

setLogVerbosity('error');

const WRONG_PASSWORD = '用户名或密码错误，再错 2 次账号将被锁定 15 分钟';
const LOCKED = '登录失败次数过多，账号已锁定，请于 2026年11月23日 19:05 后再试，或请管理员解锁';

/** The API once logged in: no campaign yet, which is enough for the landing page. */
function loggedInAnswer(operation: Operation): Answer | undefined {
  if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: [] });
  // The header's bell and organisation: mountAdminAt's answers.
  if (operation.operationName === 'Notifications' || operation.operationName === 'MyOrganisation') return undefined;
  if (operation.operationName === 'CampaignIndicatorTree') return apiError('创建活动不存在或已被删除', 'NOT_FOUND');
  return notLoggedIn();
}

async function openLogin(path: string, login: (operation: Operation) => Answer) {
  const { w: wrapper, admin, api } = await mountAdminAt(path, (operation) => (operation.operationName === 'Login' ? login(operation) : loggedInAnswer(operation)));
  await vi.waitFor(() => expect(wrapper?.find('form').exists()).toBe(true));
  return { wrapper, router: admin.router, currentUser: admin.currentUser, calls: api.calls };
}

async function fillIn(w: VueWrapper, username: string, password: string): Promise<void> {
  await w.get('#login-username').setValue(username);
  await w.get('#login-password').setValue(password);
  await w.get('form').trigger('submit');
}

describe('login page', () => {
  it('shows the product name, the two fields and 登录', async () => {
    const { wrapper: w } = await openLogin('/login', () => notLoggedIn());
    expect(w.get('[data-test="product-name"]').text()).toBe('科普示范区创建工作平台');
    expect(w.get('#login-username').attributes('autocomplete')).toBe('username');
    expect(w.get('#login-password').attributes('type')).toBe('password');
    expect(w.get('[data-test="submit"]').text()).toBe('登录');
    expect(w.get('[data-test="submit"]').attributes('type')).toBe('submit');
    expect(document.title).toBe('登录 - 科普示范区创建工作平台');
  });

  it("shows the API's own message when the login is refused, and stays", async () => {
    const { wrapper: w, router, calls } = await openLogin('/login?redirect=/campaigns/indicator-tree', () => apiError(WRONG_PASSWORD, 'UNAUTHENTICATED'));
    await fillIn(w, 'office', 'wrong-password');

    await vi.waitFor(() => expect(w.find('[data-test="login-error"]').exists()).toBe(true));
    expect(w.get('[data-test="login-error"] .el-alert__title').text()).toBe(WRONG_PASSWORD);
    expect(w.get('[data-test="login-error"]').text()).not.toContain('UNAUTHENTICATED');
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/campaigns/indicator-tree');
    // The password is typed again; the name stays.
    expect((w.get('#login-password').element as HTMLInputElement).value).toBe('');
    expect((w.get('#login-username').element as HTMLInputElement).value).toBe('office');
    // The cookie is the session: no token is asked for.
    expect(calls.filter((c) => c.operationName === 'Login').map((c) => c.variables)).toEqual([{ input: { username: 'office', password: 'wrong-password' } }]);
    expect(w.get('[data-test="submit"]').classes()).not.toContain('is-loading');
  });

  it('shows a locked account as the API says it', async () => {
    const { wrapper: w } = await openLogin('/login', () => apiError(LOCKED, 'UNAUTHENTICATED'));
    await fillIn(w, 'office', 'whatever');
    await vi.waitFor(() => expect(w.find('[data-test="login-error"]').exists()).toBe(true));
    expect(w.get('[data-test="login-error"] .el-alert__title').text()).toBe(LOCKED);
  });

  it('logs in and goes to the page the user wanted, with the user in the header', async () => {
    const {
      wrapper: w,
      router,
      currentUser,
    } = await openLogin('/login?redirect=/campaigns/indicator-tree%3Fcampaign%3Dc-2', () => answerFor(LoginDocument, { login: { expiresAt: '2026-11-24T06:00:00.000Z', user: LIAISON } }));
    await w.get('#login-username').setValue('  kexie ');
    await w.get('#login-password').setValue('Kepu@2026demo');
    await w.get('form').trigger('submit');
    // While the API answers, the button says so.
    expect(w.get('[data-test="submit"]').classes()).toContain('is-loading');
    expect(w.get('[data-test="submit"]').text()).toBe('正在登录…');

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/campaigns/indicator-tree?campaign=c-2'), { timeout: 10_000 });
    expect(currentUser.user.value?.username).toBe('kexie');
    await vi.waitFor(() => expect(w.find('[data-test="user-name"]').exists()).toBe(true));
    expect(w.get('[data-test="user-name"]').text()).toBe('李文');
    expect(w.get('[data-test="user-roles"]').text()).toBe('部门联络员');
  });

  it("goes to the role's start page (a liaison's tasks) when no page was asked for, or one outside the admin", async () => {
    const { wrapper: w, router, calls } = await openLogin('/login?redirect=//evil.example/', () => answerFor(LoginDocument, { login: { expiresAt: '2026-11-24T06:00:00.000Z', user: LIAISON } }));
    await fillIn(w, 'kexie', 'Kepu@2026demo');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('my-tasks'), { timeout: 10_000 });
    expect(calls.find((c) => c.operationName === 'Login')?.variables).toEqual({ input: { username: 'kexie', password: 'Kepu@2026demo' } });
    await flushPromises();
  });

  it('asks for both fields before calling the API', async () => {
    const { wrapper: w, calls } = await openLogin('/login', () => notLoggedIn());
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(w.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['请输入用户名', '请输入密码']));
    expect(calls).toHaveLength(0);
  });
});
