import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { DepartmentGroupsDocument, DepartmentKindsDocument, DepartmentsDocument, type DepartmentFieldsFragment } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, onePage, pageOf, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import type { CurrentUser } from '../../../composables/use-current-user';

// 部门与部门组 reads connections: an office admin's organisation page after page; the platform's
// system admin the first page of the country's 33,579 departments, searched on the server.

setLogVerbosity('error');

const SYSTEM_ADMIN: CurrentUser = { ...OFFICE_ADMIN, id: 'u-admin', username: 'sysadmin', displayName: '平台管理员', roles: ['system_admin'], organisationName: null };
const SLOW = { timeout: 10_000 };

const department = (n: number): DepartmentFieldsFragment => ({ id: `d-${n}`, name: `部门${n}`, fullName: null, kind: 'government', tags: [] });

function answers(me: CurrentUser, total: number) {
  return (operation: Operation): Answer | undefined => {
    if (operation.operationName === 'Me') return meAnswer(me);
    if (operation.operationName === 'Departments') return answerFor(DepartmentsDocument, { departments: pageOf(operation.variables, total, department) });
    if (operation.operationName === 'DepartmentGroups') return answerFor(DepartmentGroupsDocument, { departmentGroups: onePage([]) });
    if (operation.operationName === 'DepartmentKinds') return answerFor(DepartmentKindsDocument, { departmentKinds: [] });
    return undefined;
  };
}

const departmentCalls = (calls: Operation[]) => calls.filter((call) => call.operationName === 'Departments');

describe('the departments page reads pages', { timeout: 60_000 }, () => {
  it("reads every page of an office admin's organisation", async () => {
    const { w, api } = await mountAdminAt('/settings/departments', answers(OFFICE_ADMIN, 130));
    await vi.waitFor(() => expect(departmentCalls(api.calls).map((call) => call.variables['after'] ?? null)).toEqual([null, '99']), SLOW);
    await vi.waitFor(() => expect(w.get('[data-test="departments-table"]').text()).toContain('部门129'), SLOW);
    expect(w.find('[data-test="departments-truncated"]').exists()).toBe(false);
  });

  it("reads one page of the country's departments for the system admin and says there are more", async () => {
    const { w, api } = await mountAdminAt('/settings/departments', answers(SYSTEM_ADMIN, 33_579));
    await vi.waitFor(() => expect(w.find('[data-test="departments-truncated"]').exists()).toBe(true), SLOW);
    expect(departmentCalls(api.calls)).toHaveLength(1);
    expect(departmentCalls(api.calls)[0]!.variables).toMatchObject({ first: 100, after: null, search: null });
  });
});
