import type DataLoader from 'dataloader';
import { byKeys, requestLoader } from '@accredit/api-kit';
import type { Campaign } from './campaign.entity';
import type { CampaignsService } from './campaigns.service';

/**
 * Campaigns by id, one statement per request level, for links from rows the caller already reads
 * (a participant's campaigns, a set-up result, a figure). It does not check access: each link says
 * why its parent's reader may read the campaign.
 */
export function campaignLoader(context: object, service: CampaignsService): DataLoader<string, Campaign> {
  return requestLoader(context, 'campaign.byId', async (ids: readonly string[]) => byKeys(ids, await service.byIds(ids), (row) => row.id));
}
