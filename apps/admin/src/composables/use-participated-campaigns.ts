import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef } from 'vue';
import { READERS, hasAnyRole } from '../domain/access';
import { ParticipatedCampaignsDocument, type ParticipatedCampaignsQuery } from '../graphql/generated/graphql';
import { useCurrentUser } from './use-current-user';

export type ParticipatedCampaign = ParticipatedCampaignsQuery['campaigns'][number];

/**
 * Campaigns owned elsewhere that the user's organisation, or a unit below it, takes part in (the
 * API's `participated` scope). Empty while loading or when the question fails: the pages that use
 * it say so through their own queries.
 */
export function useParticipatedCampaigns(): { campaigns: ComputedRef<ParticipatedCampaign[]>; refetch: () => void } {
  const { user } = useCurrentUser();
  // Only the roles that see 参与单位 or 申报 ask (a liaison works on its department's tasks only).
  const query = useQuery(ParticipatedCampaignsDocument, {}, () => ({ fetchPolicy: 'cache-and-network' as const, enabled: hasAnyRole(user.value?.roles ?? [], READERS) }));
  return {
    campaigns: computed(() => query.result.value?.campaigns ?? []),
    refetch: () => void query.refetch()?.catch(() => undefined),
  };
}
