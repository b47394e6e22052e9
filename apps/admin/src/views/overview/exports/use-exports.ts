import { tr } from '../../../plugins/i18n';
import { useQuery } from '@vue/apollo-composable';
import { computed, reactive, watch } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { STREAM_LIMIT, downloadWithProgress, linkDownload } from '../../../composables/download-file';
import { errorMessageOf } from '../../../composables/notify';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { EvidencePackageInfoDocument } from '../../../graphql/generated/graphql';

export type ExportKey = 'taskTable' | 'selfAssessment' | 'evidencePackage';

export interface ExportState {
  busy: boolean;
  received: number;
  total: number | null;
  error: string | null;
  savedAs: string | null;
  controller: AbortController | null;
}

export const exportUrl = (campaignId: string, file: 'task-table.xlsx' | 'self-assessment.docx'): string => `/api/campaigns/${encodeURIComponent(campaignId)}/export/${file}`;

/** 0–100 from the bytes received, null when the size is unknown. */
export function percentOf(state: Pick<ExportState, 'received' | 'total'>): number | null {
  if (!state.total) return null;
  return Math.min(100, Math.floor((state.received / state.total) * 100));
}

/** The exports page: the campaign's task table, self-assessment report and evidence package. */
export function useExports() {
  const campaignPicker = useCurrentCampaign();
  const currentId = campaignPicker.currentId;

  const info = useQuery(
    EvidencePackageInfoDocument,
    () => ({ campaignId: currentId.value ?? '' }),
    () => ({ enabled: currentId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const evidencePackage = computed(() => info.result.value?.evidencePackageInfo ?? null);
  /** Too large to hold in memory: the browser downloads it from a plain link. */
  const packageTooLarge = computed(() => (evidencePackage.value?.bytes ?? 0) > STREAM_LIMIT);
  const infoError = computed(() => (info.error.value ? apiErrorMessage(info.error.value) : null));
  const errorMessage = computed(() => campaignPicker.errorMessage.value);
  watch(errorMessage, (message) => {
    if (message) ElMessage.error({ message, grouping: true });
  });

  const blank = (): ExportState => ({ busy: false, received: 0, total: null, error: null, savedAs: null, controller: null });
  const states = reactive<Record<ExportKey, ExportState>>({ taskTable: blank(), selfAssessment: blank(), evidencePackage: blank() });

  async function download(key: ExportKey, url: string, fallbackName: string, expectedBytes: number | null = null): Promise<void> {
    const state = states[key];
    if (state.busy) return;
    Object.assign(state, blank(), { busy: true, total: expectedBytes, controller: new AbortController() });
    try {
      state.savedAs = await downloadWithProgress(
        url,
        fallbackName,
        ({ received, total }) => {
          state.received = received;
          state.total = total ?? state.total;
        },
        state.controller?.signal,
      );
      ElMessage.success(tr('overview.exports.saved', { name: state.savedAs }));
    } catch (error) {
      state.error = errorMessageOf(error);
      if (state.error !== tr('messages.cancelled')) ElMessage.error({ message: state.error, grouping: true });
    } finally {
      state.busy = false;
      state.controller = null;
    }
  }

  function downloadTaskTable(): void {
    if (currentId.value) void download('taskTable', exportUrl(currentId.value, 'task-table.xlsx'), tr('overview.exports.taskTableFile'));
  }

  function downloadSelfAssessment(): void {
    if (currentId.value) void download('selfAssessment', exportUrl(currentId.value, 'self-assessment.docx'), tr('overview.exports.selfAssessmentFile'));
  }

  function downloadEvidencePackage(): void {
    const pkg = evidencePackage.value;
    if (!pkg) return;
    if (packageTooLarge.value) {
      linkDownload(pkg.url, pkg.fileName);
      states.evidencePackage.savedAs = pkg.fileName;
      return;
    }
    void download('evidencePackage', pkg.url, pkg.fileName, null);
  }

  function cancel(key: ExportKey): void {
    states[key].controller?.abort();
  }

  function reload(): void {
    campaignPicker.refetch();
    if (currentId.value !== null) void info.refetch()?.catch(() => undefined);
  }

  return {
    campaigns: campaignPicker.campaigns,
    currentId,
    current: campaignPicker.current,
    selectCampaign: campaignPicker.select,
    evidencePackage,
    packageTooLarge,
    infoLoading: info.loading,
    infoError,
    errorMessage,
    states,
    downloadTaskTable,
    downloadSelfAssessment,
    downloadEvidencePackage,
    cancel,
    reload,
  };
}
