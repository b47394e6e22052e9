import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { CampaignIndicatorTreeDocument } from '../../../graphql/generated/graphql';
import { tr, type MessageKey } from '../../../plugins/i18n';
import { type CampaignPhaseView, type IndicatorNode, nestIndicators } from './indicator-tree.model';

/** Names for campaign states that are not phase keys. */
const CAMPAIGN_STATE_LABELS: Readonly<Record<string, MessageKey>> = {
  draft: 'tree.state.draft',
  published: 'tree.state.published',
  active: 'tree.state.active',
  closed: 'tree.state.closed',
  archived: 'tree.state.archived',
};

/**
 * The indicator-tree page: which campaign, its phases, its indicator tree, and what to show
 * while it loads or when it fails.
 */
export function useIndicatorTree() {
  const campaignPicker = useCurrentCampaign();
  const currentId = campaignPicker.currentId;

  const tree = useQuery(
    CampaignIndicatorTreeDocument,
    () => ({ id: currentId.value ?? '' }),
    () => ({ enabled: currentId.value !== null }),
  );

  // Only the chosen campaign's answer: while another one loads, show nothing stale.
  const campaign = computed(() => {
    const value = tree.result.value?.campaign;
    return value && value.id === currentId.value ? value : null;
  });
  const indicators = computed<readonly IndicatorNode[]>(() => nestIndicators(campaign.value?.indicatorNodes ?? []));
  const phases = computed<readonly CampaignPhaseView[]>(() => campaign.value?.phases ?? []);
  const stateLabel = computed(() => {
    const state = campaign.value?.state;
    if (!state) return '';
    return phases.value.find((phase) => phase.key === state)?.name ?? (CAMPAIGN_STATE_LABELS[state] ? tr(CAMPAIGN_STATE_LABELS[state]!) : state);
  });

  const loading = computed(() => campaignPicker.loading.value || tree.loading.value);
  const treeErrorMessage = computed(() => (tree.error.value ? apiErrorMessage(tree.error.value) : null));
  const errorMessage = computed(() => campaignPicker.errorMessage.value ?? treeErrorMessage.value);
  const noCampaigns = computed(() => !campaignPicker.loading.value && !campaignPicker.errorMessage.value && campaignPicker.campaigns.value.length === 0);

  // Each new failure also pops up, so that a failed refresh is noticed above a filled page.
  watch(errorMessage, (message) => {
    if (message) ElMessage.error({ message, grouping: true });
  });

  function reload(): void {
    campaignPicker.refetch();
    // A failure shows through `errorMessage`.
    if (currentId.value !== null) void tree.refetch()?.catch(() => undefined);
  }

  return {
    campaigns: campaignPicker.campaigns,
    currentId,
    selectCampaign: campaignPicker.select,
    campaign,
    stateLabel,
    phases,
    indicators,
    loading,
    errorMessage,
    noCampaigns,
    reload,
  };
}
