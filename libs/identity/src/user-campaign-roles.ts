import type { EntityManager } from '@mikro-orm/postgresql';
import type { CampaignRoleGrant } from '@accredit/api-kit';
import { ORGANISATION_ROWS } from '@accredit/organisations';

// What the workflow runtime asks of accounts for its campaign roles (it keeps the assignments,
// this module the accounts, ADR 13): who a user is, and the copy of their roles on their row.

/** An account as the campaign-role screens name it, with where its organisation sits in the tree. */
export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  /** The materialised path of the user's organisation (ADR 10); null for a platform account. */
  organisationPath: string | null;
}

/** The accounts asked for, in one statement; an unknown id is absent from the map. */
export async function userSummaries(em: EntityManager, userIds: readonly string[]): Promise<Map<string, UserSummary>> {
  if (userIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; username: string; display_name: string; disabled: boolean; path: string | null }[]>(
    `select u.id, u.username, u.display_name, u.disabled, o.path from app_user u left join ${ORGANISATION_ROWS} o on o.id = u.organisation_id where u.id in (?)`,
    [[...new Set(userIds)]],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, username: row.username, displayName: row.display_name, disabled: row.disabled, organisationPath: row.path }]));
}

/**
 * Replaces the copy of a user's campaign roles on their row, which every request reads with the
 * session anyway (User.campaignRoles); in the caller's transaction, beside the assignment it mirrors.
 */
export async function setUserCampaignRoles(em: EntityManager, userId: string, grants: readonly CampaignRoleGrant[]): Promise<void> {
  const copy = grants.map(({ campaignId, role, views }) => ({ campaignId, role, views: [...views] }));
  await em.execute(`update app_user set campaign_roles = ?::jsonb where id = ?`, [JSON.stringify(copy), userId], 'run');
}
