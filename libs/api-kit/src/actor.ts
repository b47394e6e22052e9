import { ApiKitRefusal, apiKitError, notLoggedIn } from './api-kit.exception';

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

/** What a role declared by a workflow lets its holder read in the campaign it is assigned in. */
export const CAMPAIGN_VIEWS = ['campaign', 'tasks', 'history'] as const;
export type CampaignView = (typeof CAMPAIGN_VIEWS)[number];

/** A workflow-declared role held in one campaign (assigned per campaign by its office admin). */
export interface CampaignRoleGrant {
  campaignId: string;
  role: string;
  views: readonly string[];
}

/** Who is asking: set on the request by the identity module, read by every service that scopes data. */
export interface Actor {
  userId: string;
  username: string;
  /** The user's name as people know them (张三); absent for actors made up by the system (then: username). */
  displayName?: string;
  /** Product roles, plus any role a workflow definition declares (e.g. 检查组成员 inspector). */
  roles: string[];
  /** Null only for a platform-wide system administrator. */
  organisationId: string | null;
  /** The organisation's place in the tree (ids from the root, `/a/b/c/`), when the session knows it. */
  organisationPath?: string | null;
  /** The liaison's department; null for other roles. */
  departmentId: string | null;
  sessionId: string;
  /** Roles held in single campaigns only (declared by their workflows), with what each may read there. */
  campaignRoles?: readonly CampaignRoleGrant[];
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
  if (!actor) throw notLoggedIn();
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
    if (!actor.departmentId) throw apiKitError(ApiKitRefusal.NoDepartment, '您的账号尚未分配部门，请联系办公室管理员');
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

/**
 * True for a user without any product role (a member of an inspection team, say): they read
 * only what their campaign roles grant, campaign by campaign, and nothing of their organisation.
 */
export function isCampaignRoleOnly(actor: Actor): boolean {
  return !actor.roles.some((role) => (ROLES as readonly string[]).includes(role));
}

/** Campaigns in which the actor's campaign roles grant `view` (any role there when no view is given). */
export function grantedCampaigns(actor: Actor, view?: CampaignView): string[] {
  return [...new Set((actor.campaignRoles ?? []).filter((grant) => !view || grant.views.includes(view)).map((grant) => grant.campaignId))];
}

export function hasCampaignGrant(actor: Actor, campaignId: string, view?: CampaignView): boolean {
  return (actor.campaignRoles ?? []).some((grant) => grant.campaignId === campaignId && (!view || grant.views.includes(view)));
}

/** The roles the actor acts with in one campaign: their own plus those assigned in that campaign. */
export function rolesInCampaign(actor: Actor, campaignId: string): string[] {
  return [...new Set([...actor.roles, ...(actor.campaignRoles ?? []).filter((grant) => grant.campaignId === campaignId).map((grant) => grant.role)])];
}

/** How an actor is named in records people read (history, scores, choices): the name, not the login id. */
export function actorLabel(actor: Pick<Actor, 'username' | 'displayName'>): string {
  return actor.displayName?.trim() || actor.username;
}
