import type { EntityManager } from '@mikro-orm/postgresql';
import type { PhaseDates } from '@accredit/workflow-engine';
import { CAMPAIGN_PHASE_ROWS } from '@accredit/campaigns';

/** A campaign's top-level phases with their planned dates, by key. */
export async function phaseFacts(em: EntityManager, campaignId: string): Promise<Record<string, PhaseDates>> {
  return (await phaseFactsMany(em, [campaignId])).get(campaignId) ?? {};
}

/** The same for several campaigns in one statement. */
export async function phaseFactsMany(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, Record<string, PhaseDates>>> {
  const rows: { campaign_id: string; key: string; starts_on: string | null; ends_on: string | null }[] = await em.execute(
    `select campaign_id, key, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on from ${CAMPAIGN_PHASE_ROWS} ph where campaign_id = any(?::uuid[]) and parent_id is null`,
    [`{${[...new Set(campaignIds)].join(',')}}`],
  );
  const byCampaign = new Map<string, Record<string, PhaseDates>>(campaignIds.map((id) => [id, {}]));
  for (const row of rows) {
    const phases = byCampaign.get(row.campaign_id);
    if (phases) phases[row.key] = { startsOn: row.starts_on ?? undefined, endsOn: row.ends_on ?? undefined };
  }
  return byCampaign;
}
