import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef } from 'vue';
import { ParticipatedCampaignsDocument, type ParticipatedCampaignsQuery } from '../graphql/generated/graphql';

export type ParticipatedCampaign = ParticipatedCampaignsQuery['campaigns'][number];

/**
 * Campaigns owned elsewhere that the user's organisation, or a unit below it, takes part in (the
 * API's `participated` scope). Empty while loading or when the question fails: the pages that use
 * it say so through their own queries.
 */
export function useParticipatedCampaigns(): { campaigns: ComputedRef<ParticipatedCampaign[]>; refetch: () => void } {
  const query = useQuery(ParticipatedCampaignsDocument, {}, { fetchPolicy: 'cache-and-network' });
  return {
    campaigns: computed(() => query.result.value?.campaigns ?? []),
    refetch: () => void query.refetch()?.catch(() => undefined),
  };
}
