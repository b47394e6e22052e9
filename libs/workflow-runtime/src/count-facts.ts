import type { EntityManager } from '@mikro-orm/postgresql';
import type { Facts } from '@accredit/workflow-engine';
import { CAMPAIGN_DOCUMENT_ROWS, CAMPAIGN_PARTICIPANT_ROWS, CAMPAIGN_ROWS } from '@accredit/campaigns';
import { ORGANISATION_ROWS } from '@accredit/organisations';
import { TASK_ROWS } from '@accredit/tasks';

export type CampaignCountFacts = Pick<Facts, 'counts' | 'countLabels' | 'documents' | 'documentFiles' | 'organisationCounts' | 'childStates' | 'childStateLabels'>;

/**
 * Facts for counts, quotas and document guards, shared by the campaign and task subjects:
 * the campaign's tasks per state, its documents (with and without a file), and how many
 * enabled organisations of each level lie below the campaign's owner (quota bases), and its
 * participants per state of their workflow (“every county decided” is countInState of participants).
 */
export async function campaignCountFacts(em: EntityManager, campaignId: string, taskStateLabels: Record<string, string>): Promise<CampaignCountFacts> {
  return (await campaignCountFactsMany(em, [campaignId], () => taskStateLabels)).get(campaignId)!;
}

/** The same for several campaigns (a page of participants' work campaigns) in four statements. */
export async function campaignCountFactsMany(
  em: EntityManager,
  campaignIds: readonly string[],
  taskStateLabelsOf: (campaignId: string) => Record<string, string>,
): Promise<Map<string, CampaignCountFacts>> {
  const ids = `{${[...new Set(campaignIds)].join(',')}}`;
  // One after another: inside a transition these share the transaction's connection.
  const states = await em.execute<{ campaign_id: string; state: string; n: number }[]>(
    `select campaign_id, state, count(*)::int as n from ${TASK_ROWS} t where campaign_id = any(?::uuid[]) group by campaign_id, state`,
    [ids],
  );
  const documents = await em.execute<{ campaign_id: string; kind: string; with_file: boolean }[]>(
    `select campaign_id, kind, bool_or(file_sha256 is not null) as with_file from ${CAMPAIGN_DOCUMENT_ROWS} d where campaign_id = any(?::uuid[]) group by campaign_id, kind`,
    [ids],
  );
  const organisations = await em.execute<{ campaign_id: string; level: string; n: number }[]>(
    `select c.id as campaign_id, o.level, count(*)::int as n from ${CAMPAIGN_ROWS} c join ${ORGANISATION_ROWS} owner on owner.id = c.organisation_id
       join ${ORGANISATION_ROWS} o on o.path like owner.path || '%' and o.id <> owner.id and not o.disabled
      where c.id = any(?::uuid[]) group by c.id, o.level`,
    [ids],
  );
  const participants = await em.execute<{ campaign_id: string; state: string; n: number }[]>(
    `select campaign_id, state, count(*)::int as n from ${CAMPAIGN_PARTICIPANT_ROWS} p where campaign_id = any(?::uuid[]) and state is not null group by campaign_id, state`,
    [ids],
  );
  const of = <T extends { campaign_id: string }>(rows: T[], id: string) => rows.filter((row) => row.campaign_id === id);
  return new Map(
    campaignIds.map((id) => {
      const byState = Object.fromEntries(of(states, id).map((row) => [row.state, row.n]));
      const taskStateLabels = taskStateLabelsOf(id);
      const kinds = of(documents, id);
      const facts: CampaignCountFacts = {
        childStates: byState,
        childStateLabels: taskStateLabels,
        counts: { tasks: byState, participants: Object.fromEntries(of(participants, id).map((row) => [row.state, row.n])) },
        countLabels: { tasks: taskStateLabels },
        documents: kinds.map((row) => row.kind),
        documentFiles: kinds.filter((row) => row.with_file).map((row) => row.kind),
        organisationCounts: Object.fromEntries(of(organisations, id).map((row) => [row.level, row.n])),
      };
      return [id, facts];
    }),
  );
}
