// Which pages each role works in. The API decides what anyone may read or change; this only
// keeps the admin from offering pages a role cannot use (a liaison never sees other departments'
// work, a supervisor changes nothing).

export type Role = 'office_admin' | 'liaison' | 'supervisor' | 'expert' | 'system_admin';

export const READERS: readonly Role[] = ['office_admin', 'supervisor', 'expert'];

export function hasAnyRole(userRoles: readonly string[], allowed: readonly string[] | undefined): boolean {
  if (!allowed || allowed.length === 0) return true;
  return userRoles.some((role) => allowed.includes(role));
}

/** Where a user starts: the dashboard for the office and supervisors, my tasks for a liaison. */
export function homeRouteName(userRoles: readonly string[]): string {
  if (hasAnyRole(userRoles, READERS)) return 'dashboard';
  if (userRoles.includes('liaison')) return 'my-tasks';
  if (userRoles.includes('system_admin')) return 'settings-users';
  return 'campaign-indicator-tree';
}
