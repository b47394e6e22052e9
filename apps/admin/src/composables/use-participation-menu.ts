import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef } from 'vue';
import { MyOrganisationDocument } from '../graphql/generated/graphql';
import { participationCampaigns } from '../views/campaigns/participants/participants.model';
import { type ParticipatedCampaign, useParticipatedCampaigns } from './use-participated-campaigns';
import type { CampaignSummary } from './use-current-campaign';

/**
 * Menu entries that only make sense with campaigns that have participants: 参与单位 when the
 * campaign list shows one (its own batch, or one its lower units or itself take part in); 申报
 * for an organisation that has a level above it (the national office applies to nobody); 异议答复
 * for one that runs a batch of its own.
 */
export function hiddenParticipationEntries(campaigns: readonly CampaignSummary[], hasLevelAbove: boolean, participated: readonly ParticipatedCampaign[] = []): Set<string> {
  const hidden = new Set<string>();
  if (participationCampaigns(campaigns, participated).length === 0) hidden.add('campaign-participants');
  // 报送情况 is the owner's view of its participants: only where it runs a campaign with participants.
  if (!campaigns.some((c) => c.hasParticipants)) hidden.add('campaign-filing-status');
  if (!hasLevelAbove) hidden.add('campaign-applications');
  // 异议答复 is for the owner of a batch (objections come in during its publicity).
  if (!campaigns.some((c) => c.hasParticipants && !c.parentCampaignId)) hidden.add('campaign-objections');
  return hidden;
}

export function useParticipationMenu(campaigns: ComputedRef<CampaignSummary[]>): ComputedRef<Set<string>> {
  const mine = useQuery(MyOrganisationDocument);
  const participated = useParticipatedCampaigns();
  return computed(() => hiddenParticipationEntries(campaigns.value, (mine.result.value?.myOrganisation?.ancestors.length ?? 0) > 0, participated.campaigns.value));
}
