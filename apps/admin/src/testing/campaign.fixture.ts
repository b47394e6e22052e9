import type { CampaignListQuery } from '../graphql/generated/graphql';

export type CampaignListEntry = CampaignListQuery['campaigns'][number];

/**
 * One campaign of the header's list as the API answers `CampaignList`: a plain campaign of the
 * organisation's own (no participants, no parent batch) unless the fields say otherwise.
 */
export function campaignEntry(id: string, name: string, fields: Partial<Omit<CampaignListEntry, 'id' | 'name'>> = {}): CampaignListEntry {
  return { id, name, state: 'preparing', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null, ...fields };
}
