/**
 * Roles declared by the workflow definitions an organisation may use (an inspection team, a
 * provincial reviewer…): an account may be given them like the built-in roles. The workflow
 * runtime knows them; identity sits below it, so it asks through this port, wired by the app.
 */
export interface DeclaredRolesSource {
  /** Role key → label, of every definition the organisation may use (null: platform-wide ones). */
  declaredRoles(organisationId: string | null): Promise<Record<string, string>>;
}

export const DECLARED_ROLES = Symbol('DECLARED_ROLES');
