import type { EntityManager } from '@mikro-orm/postgresql';
import type { Facts } from '@accredit/workflow-engine';

/**
 * Facts for counts, quotas and document guards, shared by the campaign and task subjects:
 * the campaign's tasks per state, its documents (with and without a file), and how many
 * enabled organisations of each level lie below the campaign's owner (quota bases), and its
 * participants per state of their workflow (“every county decided” is countInState of participants).
 */
export async function campaignCountFacts(em: EntityManager, campaignId: string, taskStateLabels: Record<string, string>): Promise<Pick<Facts, 'counts' | 'countLabels' | 'documents' | 'documentFiles' | 'organisationCounts' | 'childStates' | 'childStateLabels'>> {
  // One after another: inside a transition these share the transaction's connection.
  const states = await em.execute<{ state: string; n: number }[]>(`select state, count(*)::int as n from task where campaign_id = ? group by state`, [campaignId]);
  const documents = await em.execute<{ kind: string; with_file: boolean }[]>(
    `select kind, bool_or(file_sha256 is not null) as with_file from campaign_document where campaign_id = ? group by kind`,
    [campaignId],
  );
  const organisations = await em.execute<{ level: string; n: number }[]>(
    `select o.level, count(*)::int as n from organisation o join campaign c on c.id = ? join organisation owner on owner.id = c.organisation_id
      where o.path like owner.path || '%' and o.id <> owner.id and not o.disabled group by o.level`,
    [campaignId],
  );
  const participants = await em.execute<{ state: string; n: number }[]>(
    `select state, count(*)::int as n from campaign_participant where campaign_id = ? and state is not null group by state`,
    [campaignId],
  );
  const byState = Object.fromEntries(states.map((row) => [row.state, row.n]));
  return {
    childStates: byState,
    childStateLabels: taskStateLabels,
    counts: { tasks: byState, participants: Object.fromEntries(participants.map((row) => [row.state, row.n])) },
    countLabels: { tasks: taskStateLabels },
    documents: documents.map((row) => row.kind),
    documentFiles: documents.filter((row) => row.with_file).map((row) => row.kind),
    organisationCounts: Object.fromEntries(organisations.map((row) => [row.level, row.n])),
  };
}
