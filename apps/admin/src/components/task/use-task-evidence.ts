import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { uploadEvidence } from '../../composables/resumable-upload';
import { notifyError } from '../../composables/notify';
import {
  DeleteEvidenceDocument,
  ReplaceEvidenceDocument,
  RestoreEvidenceDocument,
  TaskEvidenceDocument,
  type EvidenceFieldsFragment,
} from '../../graphql/generated/graphql';

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
      if (!uploaded) throw new Error('服务器没有收到文件，请重试');
      await replaceMutation.mutate({ input: { evidenceId: evidence.id, fileId: uploaded.fileId, expectedRevision: evidence.revision } });
      ElMessage.success(`已替换为「${file.name}」（第 ${evidence.currentVersion + 1} 版），原文件已保留`);
      await reload();
      return true;
    } catch (error) {
      notifyError(error, '替换未成功');
      await reload();
      return false;
    }
  }

  async function remove(evidence: EvidenceView, reason?: string): Promise<boolean> {
    try {
      await deleteMutation.mutate({ input: { evidenceId: evidence.id, expectedRevision: evidence.revision, reason: reason || null } });
      ElMessage.success('已删除（办公室管理员可恢复）');
      await reload();
      return true;
    } catch (error) {
      notifyError(error, '删除未成功');
      await reload();
      return false;
    }
  }

  async function restore(evidence: EvidenceView): Promise<boolean> {
    try {
      await restoreMutation.mutate({ input: { evidenceId: evidence.id, expectedRevision: evidence.revision } });
      ElMessage.success('已恢复');
      await reload();
      return true;
    } catch (error) {
      notifyError(error, '恢复未成功');
      return false;
    }
  }

  return { evidence, live, countByRequirement, loading: query.loading, error: query.error, reload, replace, remove, restore };
}
