import { describe, expect, it } from 'vitest';
import { userRoleLabel, userRolesLabel } from './user-role';

describe('user roles', () => {
  it('labels every role of the API in Chinese', () => {
    expect(['office_admin', 'liaison', 'supervisor', 'expert', 'system_admin'].map(userRoleLabel)).toEqual([
      '办公室管理员',
      '部门联络员',
      '督查',
      '评审专家',
      '系统管理员',
    ]);
  });

  it('joins several roles and keeps an unknown one under its own name', () => {
    expect(userRolesLabel(['office_admin', 'supervisor'])).toBe('办公室管理员、督查');
    expect(userRolesLabel(['auditor'])).toBe('auditor');
    expect(userRolesLabel([])).toBe('');
  });
});
