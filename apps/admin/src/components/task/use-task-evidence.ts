import { tr } from '../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { uploadEvidence } from '../../composables/resumable-upload';
import { notifyError } from '../../composables/notify';
import { DeleteEvidenceDocument, ReplaceEvidenceDocument, RestoreEvidenceDocument, TaskEvidenceDocument, type EvidenceFieldsFragment } from '../../graphql/generated/graphql';

export type EvidenceView = EvidenceFieldsFragment;
export type EvidenceVersionView = EvidenceFieldsFragment['current'];

/** A task's evidence (with deleted ones for the office admin) and what can be done to it. */
export function useTaskEvidence(taskId: Ref<string | null>, options: { includeDeleted?: Ref<boolean> } = {}) {
  const query = useQuery(
    TaskEvidenceDocument,
    () => ({ taskId: taskId.value ?? '', includeDeleted: options.includeDeleted?.value ?? false }),
    () => ({ enabled: taskId.value !== null, fetchPolicy: 'network-only' as const }),
  );
  const evidence = computed<EvidenceView[]>(() => query.result.value?.taskEvidence ?? []);
  const live = computed(() => evidence.value.filter((e) => !e.deletedAt));
  /** How many current files each requirement has (1-1 → 2). */
  const countByRequirement = computed(() => {
    const counts: Record<string, number> = {};
    for (const e of live.value) counts[e.requirementCode] = (counts[e.requirementCode] ?? 0) + 1;
    return counts;
  });

  const replaceMutation = useMutation(ReplaceEvidenceDocument);
  const deleteMutation = useMutation(DeleteEvidenceDocument);
  const restoreMutation = useMutation(RestoreEvidenceDocument);

  const reload = () => query.refetch()?.catch(() => undefined);

  /** Uploads `file` and makes it the new version of `evidence` (the old one is kept). */
  async function replace(evidence: EvidenceView, file: File, onProgress?: (p: number) => void): Promise<boolean> {
    try {
      const [uploaded] = await uploadEvidence({ taskId: evidence.task.id }, file, { onProgress }).promise;
      if (!uploaded) throw new Error(tr('task.evidenceOps.notReceived'));
      await replaceMutation.mutate({ input: { evidenceId: evidence.id, fileId: uploaded.fileId, expectedRevision: evidence.revision } });
      ElMessage.success(tr('task.evidenceOps.replaced', { name: file.name, n: evidence.currentVersion + 1 }));
      await reload();
      return true;
    } catch (error) {
      notifyError(error, tr('task.evidenceOps.replaceFailed'));
      await reload();
      return false;
    }
  }

  async function remove(evidence: EvidenceView, reason?: string): Promise<boolean> {
    try {
      await deleteMutation.mutate({ input: { evidenceId: evidence.id, expectedRevision: evidence.revision, reason: reason || null } });
      ElMessage.success(tr('task.evidenceOps.removed'));
      await reload();
      return true;
    } catch (error) {
      notifyError(error, tr('task.evidenceOps.removeFailed'));
      await reload();
      return false;
    }
  }

  async function restore(evidence: EvidenceView): Promise<boolean> {
    try {
      await restoreMutation.mutate({ input: { evidenceId: evidence.id, expectedRevision: evidence.revision } });
      ElMessage.success(tr('task.evidenceOps.restored'));
      await reload();
      return true;
    } catch (error) {
      notifyError(error, tr('task.evidenceOps.restoreFailed'));
      return false;
    }
  }

  return { evidence, live, countByRequirement, loading: query.loading, error: query.error, reload, replace, remove, restore };
}
