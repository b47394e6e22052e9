import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { CampaignListDocument, CampaignSummaryDocument, type CampaignListQuery } from '../graphql/generated/graphql';
import { READERS, hasAnyRole } from '../domain/access';
import { apiErrorMessage } from './api-error-message';
import { useCurrentUser } from './use-current-user';

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
 * The campaign shown when none is chosen: the newest the organisation runs itself, before its work
 * in a campaign above it; a county whose only campaign is its work in a national batch gets that one.
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
  // A campaign opened by its address that the list does not hold (its list is what the user works
  // on: a province opens a county's work from 参与单位) is read on its own, so the header names it.
  // Only readers above their own organisation's campaigns have such campaigns; a liaison's list is all it reads.
  const { user } = useCurrentUser();
  const unlisted = computed(() =>
    result.value && requestedId.value && hasAnyRole(user.value?.roles ?? [], READERS) && !campaigns.value.some((c) => c.id === requestedId.value) ? requestedId.value : null,
  );
  const single = useQuery(
    CampaignSummaryDocument,
    () => ({ id: unlisted.value ?? '' }),
    () => ({ enabled: unlisted.value !== null }),
  );
  const current = computed(() => campaigns.value.find((c) => c.id === currentId.value) ?? (unlisted.value ? (single.result.value?.campaign ?? null) : null));
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
