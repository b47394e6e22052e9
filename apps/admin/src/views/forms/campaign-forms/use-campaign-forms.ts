import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { downloadWithProgress } from '../../../composables/download-file';
import { tr } from '../../../plugins/i18n';
import { CampaignFormsDocument, type FilledFormRowFragment } from '../../../graphql/generated/graphql';
import { useFormCampaigns } from '../use-form-campaigns';

/** A row of the list: no definition graph and no values (CampaignForms.graphql); the form page reads those. */
export type FormRow = FilledFormRowFragment;

/**
 * 申报材料: the forms a campaign asks of an organisation, each with its status and who changed
 * it last; the campaign's owner also exports every organisation's copy of a form as one sheet.
 */
export function useCampaignForms() {
  const route = useRoute();
  const router = useRouter();
  const picker = useFormCampaigns();
  const campaignId = computed(() => picker.chosen.value?.id ?? '');
  const query = useQuery(
    CampaignFormsDocument,
    () => ({ campaignId: campaignId.value, organisationId: picker.organisationId.value }),
    () => ({ enabled: campaignId.value !== '', fetchPolicy: 'cache-and-network' as const }),
  );
  const rows = computed<FormRow[]>(() => query.result.value?.campaignForms ?? []);
  const organisation = computed(() => rows.value[0]?.organisation ?? null);
  const campaignName = computed(() => picker.chosen.value?.name || rows.value[0]?.campaign.name || '');
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : picker.errorMessage.value));
  const loading = computed(() => query.loading.value || picker.loading.value);
  const downloading = ref<string | null>(null);

  async function choose(id: string): Promise<void> {
    const { organisation: _other, ...rest } = route.query;
    await router.replace({ query: { ...rest, campaign: id } });
  }

  function open(row: FormRow): void {
    void router.push({
      name: 'campaign-form',
      params: { definitionId: row.definition.id },
      query: { campaign: row.campaign.id, ...(picker.organisationId.value ? { organisation: picker.organisationId.value } : {}) },
    });
  }

  async function download(url: string, name: string, key: string): Promise<void> {
    downloading.value = key;
    try {
      await downloadWithProgress(url, name, () => undefined);
    } catch (error) {
      ElMessage.error(error instanceof Error ? error.message : tr('forms.downloadFailed'));
    } finally {
      downloading.value = null;
    }
  }

  /** The filled form in the published layout (.docx). */
  const downloadDocx = (row: FormRow): Promise<void> =>
    row.id ? download(`/api/forms/${encodeURIComponent(row.id)}/export.docx`, `${row.definition.name}.docx`, `docx-${row.definition.id}`) : Promise.resolve();

  /** Every organisation's copy of one form, one row each (campaign owner). */
  const exportAll = (row: FormRow): Promise<void> =>
    download(`/api/campaigns/${encodeURIComponent(row.campaign.id)}/forms/${encodeURIComponent(row.definition.key)}/export.xlsx`, `${row.definition.name}.xlsx`, `xlsx-${row.definition.id}`);

  const reload = async (): Promise<void> => {
    await query.refetch()?.catch(() => undefined);
  };

  return { ...picker, rows, organisation, campaignName, errorMessage, loading, downloading, choose, open, downloadDocx, exportAll, reload };
}
