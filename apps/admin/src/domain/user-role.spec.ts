import { describe, expect, it } from 'vitest';
import { roleChoices, userRoleLabel, userRolesLabel } from './user-role';

describe('user roles', () => {
  it('labels every role of the API in Chinese', () => {
    expect(['office_admin', 'liaison', 'supervisor', 'expert', 'system_admin'].map(userRoleLabel)).toEqual(['办公室管理员', '部门联络员', '督查', '评审专家', '系统管理员']);
  });

  it('joins several roles and keeps an unknown one under its own name', () => {
    expect(userRolesLabel(['office_admin', 'supervisor'])).toBe('办公室管理员、督查');
    expect(userRolesLabel(['auditor'])).toBe('auditor');
    expect(userRolesLabel([])).toBe('');
  });

  it('offers the roles the API lets this administrator grant, and locks another role the account already holds', () => {
    const office = ['office_admin', 'liaison', 'supervisor', 'expert'];
    expect(roleChoices(office).map((c) => c.label)).toEqual(['办公室管理员', '部门联络员', '督查', '评审专家']);
    expect(roleChoices(office).some((c) => c.value === 'system_admin')).toBe(false);
    expect(roleChoices(office, ['liaison', 'system_admin']).at(-1)).toEqual({ value: 'system_admin', label: '系统管理员', disabled: true });
    expect(roleChoices([...office, 'system_admin']).find((c) => c.value === 'system_admin')?.disabled).toBe(false);
  });
});
