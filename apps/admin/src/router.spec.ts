import { setLogVerbosity } from '@apollo/client/core';
import { describe, expect, it } from 'vitest';
import { safeRedirect } from './router';
import { ChangePasswordDocument, LogoutDocument } from './graphql/generated/graphql';
import { LIAISON, OFFICE_ADMIN, answerFor, meAnswer, notLoggedIn } from './testing/fake-api';
import { fakeAdmin, type Answers } from './testing/mount-admin';

// The guard alone: the real router, store and Apollo client against a fake API; no page is
// mounted, so only the guard's own requests are made.

setLogVerbosity('error');

function adminWith(answer: Answers) {
  const { admin, api } = fakeAdmin(answer);
  return { ...admin, calls: api.calls };
}

describe('route guard', () => {
  it('sends a user who is not logged in to /login, remembering where they were going', async () => {
    const admin = adminWith(() => notLoggedIn());
    await admin.router.push('/campaigns/indicator-tree?campaign=c-2');

    expect(admin.router.currentRoute.value.name).toBe('login');
    expect(admin.router.currentRoute.value.query).toEqual({ redirect: '/campaigns/indicator-tree?campaign=c-2' });
    expect(admin.calls.map((c) => c.operationName)).toEqual(['Me']);
    expect(admin.currentUser.user.value).toBeNull();
  });

  it('asks the API once who is logged in, then lets every page open', async () => {
    const admin = adminWith(() => meAnswer(OFFICE_ADMIN));
    await admin.router.push('/');
    // Each role starts on its own page: the office on the dashboard.
    expect(admin.router.currentRoute.value.name).toBe('dashboard');
    await admin.router.push('/campaigns/indicator-tree?campaign=c-2');
    expect(admin.router.currentRoute.value.fullPath).toBe('/campaigns/indicator-tree?campaign=c-2');
    expect(admin.calls.map((c) => c.operationName)).toEqual(['Me']);
    expect(admin.currentUser.user.value?.displayName).toBe('王晓梅');
  });

  it('opens the login page without asking, and skips it for a logged-in user', async () => {
    const notYet = adminWith(() => notLoggedIn());
    await notYet.router.push('/login');
    expect(notYet.router.currentRoute.value.name).toBe('login');
    expect(notYet.calls).toHaveLength(0);

    const loggedIn = adminWith(() => meAnswer(OFFICE_ADMIN));
    await loggedIn.router.push('/');
    await loggedIn.router.push('/login?redirect=/campaigns/indicator-tree%3Fcampaign%3Dc-1');
    expect(loggedIn.router.currentRoute.value.fullPath).toBe('/campaigns/indicator-tree?campaign=c-1');
  });

  it('says on the login page why it cannot tell who is logged in', async () => {
    const admin = adminWith(() => new TypeError('Failed to fetch'));
    await admin.router.push('/campaigns/indicator-tree');
    expect(admin.router.currentRoute.value.name).toBe('login');
    expect(admin.currentUser.takeNotice()).toEqual({ type: 'error', message: '无法连接服务器，请检查网络后重试。' });
  });

  it('after a logout, the next visit needs a login again', async () => {
    let loggedIn = true;
    const admin = adminWith((operation) => {
      if (operation.operationName === 'Logout') {
        loggedIn = false;
        return answerFor(LogoutDocument, { logout: true });
      }
      return loggedIn ? meAnswer(OFFICE_ADMIN) : notLoggedIn();
    });
    await admin.router.push('/campaigns/indicator-tree');
    await admin.currentUser.logout();
    expect(admin.router.currentRoute.value.fullPath).toBe('/login');
    await admin.router.push('/campaigns/indicator-tree');
    expect(admin.router.currentRoute.value.name).toBe('login');
    expect(admin.calls.map((c) => c.operationName)).toEqual(['Me', 'Logout', 'Me']);
  });
});

describe('route guard by role', () => {
  it('starts a liaison on my tasks and keeps the office pages from them', async () => {
    const admin = adminWith(() => meAnswer(LIAISON));
    await admin.router.push('/');
    expect(admin.router.currentRoute.value.name).toBe('my-tasks');
    await admin.router.push('/review/t-1');
    expect(admin.router.currentRoute.value.name).toBe('my-tasks');
    await admin.router.push('/dashboard');
    expect(admin.router.currentRoute.value.name).toBe('my-tasks');
    await admin.router.push('/campaigns/indicator-tree');
    expect(admin.router.currentRoute.value.name).toBe('campaign-indicator-tree');
  });

  it('lets a supervisor read the dashboard and the task table, not manage users or review', async () => {
    const admin = adminWith(() => meAnswer({ ...OFFICE_ADMIN, id: 'u-sup', username: 'supervisor', roles: ['supervisor'] }));
    await admin.router.push('/tasks');
    expect(admin.router.currentRoute.value.name).toBe('task-table');
    await admin.router.push('/settings/users');
    expect(admin.router.currentRoute.value.name).toBe('dashboard');
    await admin.router.push('/review');
    expect(admin.router.currentRoute.value.name).toBe('dashboard');
  });

  it('starts the system administrator on the users page', async () => {
    const admin = adminWith(() => meAnswer({ ...OFFICE_ADMIN, id: 'u-sys', username: 'sysadmin', roles: ['system_admin'], organisationName: null }));
    await admin.router.push('/');
    expect(admin.router.currentRoute.value.name).toBe('settings-users');
  });

  it('keeps a user whose password someone else set on 修改密码 until they change it, then lets them go where they were going', async () => {
    let mustChange = true;
    const admin = adminWith((operation) => {
      if (operation.operationName === 'ChangePassword') {
        mustChange = false;
        return answerFor(ChangePasswordDocument, { changePassword: true });
      }
      return meAnswer({ ...LIAISON, mustChangePassword: mustChange });
    });
    await admin.router.push('/my-tasks');
    expect(admin.router.currentRoute.value.name).toBe('change-password');
    expect(admin.router.currentRoute.value.query).toEqual({ redirect: '/my-tasks' });
    await admin.router.push('/review');
    expect(admin.router.currentRoute.value.name).toBe('change-password');

    await admin.currentUser.changePassword('Old@2026pass', 'New@2026pass');
    expect(admin.currentUser.user.value?.mustChangePassword).toBe(false);
    await admin.router.push('/my-tasks');
    expect(admin.router.currentRoute.value.name).toBe('my-tasks');
  });
});

describe('safeRedirect', () => {
  it('keeps addresses inside the admin only', () => {
    expect(safeRedirect('/campaigns/indicator-tree?campaign=c-1')).toBe('/campaigns/indicator-tree?campaign=c-1');
    expect(safeRedirect(['/campaigns/indicator-tree'])).toBe('/campaigns/indicator-tree');
    expect(safeRedirect('//evil.example/x')).toBeNull();
    expect(safeRedirect('https://evil.example/')).toBeNull();
    expect(safeRedirect('/login?redirect=/x')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});
