import { tr } from '../plugins/i18n';

// The roles the API gives a user (`User.roles`), in the interface language. An unknown role is shown under
// its own name rather than hidden.

export type UserRole = 'office_admin' | 'liaison' | 'supervisor' | 'expert' | 'system_admin';

const ROLES: readonly UserRole[] = ['office_admin', 'liaison', 'supervisor', 'expert', 'system_admin'];

export function isUserRole(role: string): role is UserRole {
  return (ROLES as readonly string[]).includes(role);
}

export function userRoleLabel(role: string): string {
  return isUserRole(role) ? tr(`domain.role.${role}`) : role;
}

/** All of a user's roles, in the order the API gives them: 「办公室管理员、督查」. */
export function userRolesLabel(roles: readonly string[]): string {
  return roles.map(userRoleLabel).join(tr('domain.role.separator'));
}

export interface RoleChoice {
  value: string;
  label: string;
  /** Held by the account but not this administrator's to give or take (shown, not changeable). */
  disabled: boolean;
}

/**
 * The role checkboxes of the user dialog: the roles the API says this administrator may grant
 * (`grantableRoles`; 系统管理员 only for a system administrator), plus any other role the account
 * already holds, shown but locked, so that saving never takes it away unseen.
 */
export function roleChoices(grantable: readonly string[], held: readonly string[] = []): RoleChoice[] {
  const choices = grantable.map((value) => ({ value, label: userRoleLabel(value), disabled: false }));
  for (const value of held) if (!grantable.includes(value)) choices.push({ value, label: userRoleLabel(value), disabled: true });
  return choices;
}
