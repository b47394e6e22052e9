import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { AvailableTransitionsDocument, CampaignRequiredDocumentsDocument } from '../../../graphql/generated/graphql';
import { campaignBlockers } from './blockers.model';

/**
 * The campaign's blockers for the dashboard, read with the same queries as 创建流程 and 创建文件
 * (so the three screens share one cache entry each and agree). A failed read shows no blockers:
 * the panel is an aid, the page's figures do not depend on it.
 */
export function useCampaignBlockers(campaignId: Ref<string | null>) {
  const options = () => ({ enabled: campaignId.value !== null, fetchPolicy: 'cache-and-network' as const });
  const actions = useQuery(AvailableTransitionsDocument, () => ({ entityType: 'campaign' as const, id: campaignId.value ?? '' }), options);
  const documents = useQuery(CampaignRequiredDocumentsDocument, () => ({ id: campaignId.value ?? '' }), options);
  const blockers = computed(() => campaignBlockers(actions.result.value?.availableTransitions ?? [], documents.result.value?.campaign.requiredDocuments ?? []));
  return {
    blockers,
    reload(): void {
      void actions.refetch()?.catch(() => undefined);
      void documents.refetch()?.catch(() => undefined);
    },
  };
}
