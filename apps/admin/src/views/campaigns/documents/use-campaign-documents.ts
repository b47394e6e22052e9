import { useQuery } from '@vue/apollo-composable';
import { computed, markRaw, reactive } from 'vue';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useCurrentUser } from '../../../composables/use-current-user';
import { STREAM_LIMIT, downloadWithProgress, linkDownload } from '../../../composables/download-file';
import { errorMessageOf } from '../../../composables/notify';
import { CampaignRequiredDocumentsDocument } from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';
import { type RecordedDocument, type RequiredDocument, uploadTarget } from './campaign-documents.model';
import { type DocumentUploadHandle, documentFileUrl, uploadDocumentFile } from './campaign-document-upload';

/** One card's upload: what it sends, how far it got, and what went wrong (the API's words). */
export interface UploadState {
  busy: boolean;
  percent: number;
  error: string | null;
  handle: DocumentUploadHandle | null;
}

/**
 * The documents the current campaign's workflow asks for (自评报告 …): each with its state, an
 * upload (record, then the file with progress; a replacement is a new version), and downloads.
 * Only office admins upload (the API decides; the page does not offer it to others).
 */
export function useCampaignDocuments() {
  const campaign = useCurrentCampaign();
  const { user } = useCurrentUser();
  const id = computed(() => campaign.currentId.value);
  const query = useQuery(
    CampaignRequiredDocumentsDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: id.value !== null, fetchPolicy: 'cache-and-network' as const }),
  );

  const info = computed(() => query.result.value?.campaign ?? null);
  const required = computed<RequiredDocument[]>(() => info.value?.requiredDocuments ?? []);
  const canUpload = computed(() => (user.value?.roles ?? []).includes('office_admin'));
  const uploads = reactive<Record<string, UploadState>>({});
  const IDLE: UploadState = Object.freeze({ busy: false, percent: 0, error: null, handle: null });
  /** For reading (render): never writes. */
  const stateOf = (kind: string): UploadState => uploads[kind] ?? IDLE;
  /** For changing: the reactive state of the card, made on first use. */
  const editableState = (kind: string): UploadState => {
    if (!uploads[kind]) uploads[kind] = { busy: false, percent: 0, error: null, handle: null };
    return uploads[kind]!;
  };

  /** Uploads the file as a new version recorded with it (or into a record with that title still waiting for a file); true when done. */
  async function upload(doc: RequiredDocument, title: string, file: File): Promise<boolean> {
    const state = editableState(doc.kind);
    if (!info.value || state.busy) return false;
    const trimmed = title.trim();
    if (!trimmed) {
      state.error = tr('documents.titleMissing');
      return false;
    }
    if (file.size === 0) {
      state.error = tr('documents.emptyFile', { name: file.name });
      return false;
    }
    Object.assign(state, { busy: true, percent: 0, error: null });
    try {
      const target = uploadTarget(doc, trimmed);
      const where = 'reuse' in target ? { documentId: target.reuse } : { campaignId: info.value.id, kind: doc.kind, title: trimmed };
      state.handle = markRaw(uploadDocumentFile(where, file, (percent) => (state.percent = percent)));
      await state.handle.promise;
      ElMessage.success(tr('documents.done', { label: doc.label }));
      return true;
    } catch (error) {
      state.error = errorMessageOf(error);
      return false;
    } finally {
      state.busy = false;
      state.handle = null;
      void query.refetch()?.catch(() => undefined);
    }
  }

  function cancel(kind: string): void {
    uploads[kind]?.handle?.abort();
  }

  async function download(document: RecordedDocument): Promise<void> {
    if (!document.hasFile) return;
    const url = documentFileUrl(document.id);
    if ((document.fileSize ?? 0) > STREAM_LIMIT) return linkDownload(url, document.fileName ?? undefined);
    try {
      await downloadWithProgress(url, document.fileName ?? `${document.title}.pdf`, () => undefined);
    } catch (error) {
      ElMessage.error({ message: error instanceof Error ? error.message : tr('documents.downloadFailed'), grouping: true });
    }
  }

  const errorMessage = computed(() => {
    const e = query.error.value ?? campaign.errorMessage.value;
    if (!e) return null;
    return typeof e === 'string' ? e : errorMessageOf(e);
  });

  return {
    campaign,
    info,
    required,
    canUpload,
    stateOf,
    upload,
    cancel,
    download,
    errorMessage,
    /** Nothing to show yet: the campaign or its documents are still on their way (never shown as "none"). */
    loading: computed(() => (query.loading.value && !query.result.value) || campaign.loading.value),
    reload: () => void query.refetch()?.catch(() => undefined),
  };
}
