import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { GrantableRolesDocument, UsersDocument, type UserAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, pageOf, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import type { CurrentUser } from '../../../composables/use-current-user';

// 用户管理 reads a connection: an office admin's organisation whole (every page, searched in the
// browser); the platform's system admin one page of the country's, searched on the server, with a
// note that more exist.

setLogVerbosity('error');

const SYSTEM_ADMIN: CurrentUser = { ...OFFICE_ADMIN, id: 'u-admin', username: 'sysadmin', displayName: '平台管理员', roles: ['system_admin'], organisationName: null };

const account = (n: number): UserAccountFieldsFragment => ({
  id: `u-${n}`,
  username: `user-${String(n).padStart(3, '0')}`,
  displayName: `用户${n}`,
  email: null,
  roles: ['liaison'],
  disabled: false,
  lockedUntil: null,
  lastLoginAt: null,
  organisationName: '沙坪坝区',
  organisationId: 'o-1',
  department: null,
});

function answers(me: CurrentUser, total: number) {
  return (operation: Operation): Answer | undefined => {
    if (operation.operationName === 'Me') return meAnswer(me);
    if (operation.operationName === 'Users') return answerFor(UsersDocument, { users: pageOf(operation.variables, total, account) });
    if (operation.operationName === 'GrantableRoles') return answerFor(GrantableRolesDocument, { grantableRoles: ['liaison'] });
    return undefined;
  };
}

const usersCalls = (calls: Operation[]) => calls.filter((call) => call.operationName === 'Users');

const SLOW = { timeout: 10_000 };

describe('the users page reads pages', { timeout: 60_000 }, () => {
  it("reads an office admin's organisation whole and searches it in the browser", async () => {
    const { w, api } = await mountAdminAt('/settings/users', answers(OFFICE_ADMIN, 3));
    await vi.waitFor(() => expect(w.find('[data-test="users-table"]').text()).toContain('user-002'), SLOW);
    await w.get('input[placeholder="搜索登录名、姓名、部门"]').setValue('user-001');
    await vi.waitFor(() => expect(w.find('[data-test="users-table"]').text()).not.toContain('user-002'), SLOW);
    // Every page is read (one here; departments-pages.spec walks two), never a search on the server.
    expect(usersCalls(api.calls).map((call) => call.variables)).toEqual([{ search: null, first: 100, after: null }]);
    expect(w.find('[data-test="users-truncated"]').exists()).toBe(false);
  });

  it("reads one page of the country's accounts for the system admin, says there are more, and searches on the server", async () => {
    const { w, api } = await mountAdminAt('/settings/users', answers(SYSTEM_ADMIN, 34_717));
    await vi.waitFor(() => expect(w.find('[data-test="users-truncated"]').exists()).toBe(true), SLOW);
    expect(usersCalls(api.calls)).toHaveLength(1);
    await w.get('input[placeholder="搜索登录名、姓名、部门"]').setValue('user-01');
    await vi.waitFor(() => expect(usersCalls(api.calls).some((call) => call.variables['search'] === 'user-01')).toBe(true), SLOW);
  });
});
