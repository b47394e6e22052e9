// The roles the API gives a user (`User.roles`), in Chinese. An unknown role is shown under
// its own name rather than hidden.

export type UserRole = 'office_admin' | 'liaison' | 'supervisor' | 'expert' | 'system_admin';

export const USER_ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  office_admin: '办公室管理员',
  liaison: '部门联络员',
  supervisor: '督查',
  expert: '评审专家',
  system_admin: '系统管理员',
};

export function userRoleLabel(role: string): string {
  return (USER_ROLE_LABELS as Readonly<Record<string, string>>)[role] ?? role;
}

/** All of a user's roles, in the order the API gives them: 「办公室管理员、督查」. */
export function userRolesLabel(roles: readonly string[]): string {
  return roles.map(userRoleLabel).join('、');
}
