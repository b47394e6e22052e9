import type { EntityManager } from '@mikro-orm/postgresql';
import type { PhaseDates } from '@accredit/workflow-engine';

/** A campaign's top-level phases with their planned dates, by key. */
export async function phaseFacts(em: EntityManager, campaignId: string): Promise<Record<string, PhaseDates>> {
  const rows: { key: string; starts_on: string | null; ends_on: string | null }[] = await em
    .execute(`select key, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on from campaign_phase where campaign_id = ? and parent_id is null`, [campaignId]);
  return Object.fromEntries(rows.map((row) => [row.key, { startsOn: row.starts_on ?? undefined, endsOn: row.ends_on ?? undefined }]));
}
