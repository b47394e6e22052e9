import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { CampaignListDocument, type CampaignListQuery } from '../graphql/generated/graphql';
import { apiErrorMessage } from './api-error-message';

export type CampaignSummary = CampaignListQuery['campaigns'][number];

export interface CurrentCampaign {
  campaigns: ComputedRef<CampaignSummary[]>;
  /** The campaign chosen in the address (`?campaign=ID`), else the first of its own (else the first). */
  currentId: ComputedRef<string | null>;
  current: ComputedRef<CampaignSummary | null>;
  loading: Ref<boolean>;
  errorMessage: ComputedRef<string | null>;
  select: (id: string) => Promise<void>;
  refetch: () => void;
}

/**
 * The campaign shown when none is chosen: the newest of the organisation's own, before the lower
 * units' work in campaigns it owns (a national office's list also holds every participant's work
 * campaign); a county whose only campaign is its work in a national batch gets that one.
 */
export function defaultCampaignId(campaigns: readonly Pick<CampaignSummary, 'id' | 'parentCampaignId'>[]): string | null {
  return (campaigns.find((c) => !c.parentCampaignId) ?? campaigns[0])?.id ?? null;
}

/**
 * Which campaign the admin is looking at. Kept in the address so that a page can be shared
 * and reloaded; the layout and every page read the same (cached) campaign list.
 */
export function useCurrentCampaign(): CurrentCampaign {
  const route = useRoute();
  const router = useRouter();
  const { result, loading, error, refetch } = useQuery(CampaignListDocument);

  const campaigns = computed(() => result.value?.campaigns ?? []);
  const requestedId = computed(() => {
    const value = route.query['campaign'];
    return typeof value === 'string' && value.length > 0 ? value : null;
  });
  const currentId = computed(() => requestedId.value ?? defaultCampaignId(campaigns.value));
  const current = computed(() => campaigns.value.find((c) => c.id === currentId.value) ?? null);
  const errorMessage = computed(() => (error.value ? apiErrorMessage(error.value) : null));

  async function select(id: string): Promise<void> {
    if (id === requestedId.value) return;
    await router.replace({ query: { ...route.query, campaign: id } });
  }

  return {
    campaigns,
    currentId,
    current,
    loading,
    errorMessage,
    select,
    // A failure shows through `errorMessage`; the promise has nothing more to say.
    refetch: () => void refetch()?.catch(() => undefined),
  };
}
