import type { EntityManager } from '@mikro-orm/postgresql';

/** The stored workflow definitions a campaign pinned at set-up (they never change afterwards). */
export interface PinnedWorkflows {
  /** The campaign's own workflow. */
  campaign: string;
  /** Its tasks' workflow. */
  task: string;
  /** Its participants' workflow; null when the campaign has no participants of its own. */
  participant: string | null;
}

/** The pinned definitions of each campaign asked for, in one statement; an unknown id is absent from the map. */
export async function pinnedWorkflows(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, PinnedWorkflows>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; campaign: string; task: string; participant: string | null }[]>(
    `select id, workflow_definition_id as campaign, task_workflow_definition_id as task, participant_workflow_definition_id as participant from campaign where id in (?)`,
    [[...new Set(campaignIds)]],
  );
  return new Map(rows.map(({ id, ...pinned }) => [id, pinned]));
}
