import { AppError } from './app-error';
import { ErrorCode } from './error-code';

/** The roles of the product; the workflow definitions use the same names. */
export const ROLES = ['office_admin', 'liaison', 'supervisor', 'expert', 'system_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  office_admin: '办公室管理员',
  liaison: '部门联络员',
  supervisor: '督查',
  expert: '评审专家',
  system_admin: '系统管理员',
};

/** Who is asking: set on the request by the identity module, read by every service that scopes data. */
export interface Actor {
  userId: string;
  username: string;
  /** Product roles, plus any role a workflow definition declares (e.g. 检查组成员 inspector). */
  roles: string[];
  /** Null only for a platform-wide system administrator. */
  organisationId: string | null;
  /** The organisation's place in the tree (ids from the root, `/a/b/c/`), when the session knows it. */
  organisationPath?: string | null;
  /** The liaison's department; null for other roles. */
  departmentId: string | null;
  sessionId: string;
}

interface RequestWithActor {
  actor?: Actor;
}

/** The actor of a GraphQL context ({ req }), if logged in. */
export function actorOf(context: object): Actor | null {
  const req = (context as { req?: RequestWithActor }).req;
  return req?.actor ?? null;
}

export function requireActor(context: object): Actor {
  const actor = actorOf(context);
  if (!actor) throw new AppError(ErrorCode.Unauthenticated, '请先登录');
  return actor;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => actor.roles.some((role) => (roles as string[]).includes(role));

/**
 * A liaison sees only their own department's work; every other role sees the whole
 * organisation. Returns the department a query must be limited to, or null.
 */
export function departmentScope(actor: Actor): string | null {
  if (hasRole(actor, 'office_admin', 'supervisor', 'expert')) return null;
  if (hasRole(actor, 'liaison')) {
    if (!actor.departmentId) throw new AppError(ErrorCode.Forbidden, '您的账号尚未分配部门，请联系办公室管理员');
    return actor.departmentId;
  }
  return null;
}

/**
 * The organisation a query must be limited to. A platform-wide system administrator
 * (no organisation) is not limited; a user of an organisation always is.
 */
export function organisationScope(actor: Actor): string | null {
  return actor.organisationId;
}
