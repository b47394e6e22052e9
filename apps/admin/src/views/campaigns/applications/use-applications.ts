import { tr } from '../../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { useRouter } from 'vue-router';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { errorMessageOf } from '../../../composables/notify';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useParticipatedCampaigns } from '../../../composables/use-participated-campaigns';
import { ApplyToCampaignDocument, CampaignsOpenForApplicationDocument, MyOrganisationDocument, type CampaignsOpenForApplicationQuery } from '../../../graphql/generated/graphql';
import { participationCampaigns } from '../participants/participants.model';

export type OpenCampaign = CampaignsOpenForApplicationQuery['campaignsOpenForApplication'][number];

/**
 * The 申报 page of an office below the national one: campaigns of the levels above that accept
 * its applications, applying to one (asked first), and the campaigns it already takes part in
 * (its own row in each shows where its application stands).
 */
export function useApplications() {
  const router = useRouter();
  const list = useCurrentCampaign();
  const open = useQuery(CampaignsOpenForApplicationDocument, {}, { fetchPolicy: 'cache-and-network' });
  const mine = useQuery(MyOrganisationDocument);
  const participated = useParticipatedCampaigns();
  const { mutate, loading: applying } = useMutation(ApplyToCampaignDocument);

  const openCampaigns = computed(() => open.result.value?.campaignsOpenForApplication ?? []);
  /** Campaigns above it that it or a lower unit takes part in: the cards show its own row. */
  const joined = computed(() => participationCampaigns(list.campaigns.value, participated.campaigns.value).filter((c) => !c.owned));
  const organisationId = computed(() => mine.result.value?.myOrganisation?.id ?? null);
  const errorMessage = computed(() => (open.error.value ? apiErrorMessage(open.error.value) : list.errorMessage.value));
  const loading = computed(() => open.loading.value || list.loading.value);

  function reload(): void {
    void open.refetch()?.catch(() => undefined);
    list.refetch();
    participated.refetch();
  }

  async function apply(campaign: OpenCampaign): Promise<boolean> {
    try {
      await ElMessageBox.confirm(tr('nationalBatch.applications.confirm', { name: campaign.name }), tr('nationalBatch.applications.apply'), {
        confirmButtonText: tr('nationalBatch.applications.apply'),
        cancelButtonText: tr('common.cancel'),
        type: 'warning',
      });
    } catch {
      return false;
    }
    try {
      const result = await mutate({ input: { campaignId: campaign.id } });
      if (!result?.data) return false;
      ElMessage.success({
        message: tr('nationalBatch.applications.done', { name: campaign.name, state: result.data.applyToCampaign.stateLabel ?? tr('nationalBatch.applications.applied') }),
        grouping: true,
      });
      return true;
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
      return false;
    } finally {
      reload();
    }
  }

  /** Its own work in a campaign it takes part in: the dashboard of its work campaign. */
  function openWork(workCampaignId: string): void {
    void router.push({ name: 'dashboard', query: { campaign: workCampaignId } });
  }

  return { openCampaigns, joined, organisationId, loading, errorMessage, applying, apply, reload, openWork };
}
