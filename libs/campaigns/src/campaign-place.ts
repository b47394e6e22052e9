import type { EntityManager } from '@mikro-orm/postgresql';
import { ORGANISATION_ROWS } from '@accredit/organisations';

/** Where a campaign belongs: its organisation and that organisation's path in the tree (`/root/…/own/`). */
export interface CampaignPlace {
  organisationId: string;
  organisationPath: string;
}

/** The place of a campaign (null: no such campaign), without any access check. One statement, on `em`. */
export async function campaignPlaceOf(em: EntityManager, campaignId: string): Promise<CampaignPlace | null> {
  const [row] = await em.execute<{ organisation_id: string; path: string }[]>(
    `select c.organisation_id, o.path from campaign c join ${ORGANISATION_ROWS} o on o.id = c.organisation_id where c.id = ?`,
    [campaignId],
  );
  return row ? { organisationId: row.organisation_id, organisationPath: row.path } : null;
}
