import { tr } from '../../../plugins/i18n';
import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { errorMessageOf } from '../../../composables/notify';
import { TransitionTasksDocument } from '../../../graphql/generated/graphql';
import type { useWorkList } from '../use-work-list';
import { BATCH_EVENTS, batchLabel, batchQuestion, batchTasks, summariseBatch, type BatchEventKey } from './batch-review.model';

/**
 * 批量审核 in the review queue: tick several tasks, then 通过 them, or 退回 them with one comment.
 * Each goes through on its own (`transitionTasks`); those refused — changed by someone else
 * meanwhile — are listed with the API's reason and stay ticked to look at again.
 */
export function useBatchReview(list: ReturnType<typeof useWorkList>) {
  const checked = ref<ReadonlySet<string>>(new Set());
  const mutation = useMutation(TransitionTasksDocument);
  const running = ref(false);

  // Only tasks still shown can be acted on (a task that left the queue drops out of the choice).
  const selected = computed(() => list.shown.value.filter((t) => checked.value.has(t.id)));
  const allChecked = computed(() => list.shown.value.length > 0 && selected.value.length === list.shown.value.length);

  function toggle(id: string, on: boolean): void {
    const next = new Set(checked.value);
    if (on) next.add(id);
    else next.delete(id);
    checked.value = next;
  }

  function toggleAll(on: boolean): void {
    checked.value = on ? new Set(list.shown.value.map((t) => t.id)) : new Set();
  }

  async function ask(key: BatchEventKey, count: number): Promise<{ comment: string | null } | null> {
    const { needsComment } = BATCH_EVENTS[key];
    const label = batchLabel(key);
    try {
      if (needsComment) {
        const { value } = await ElMessageBox.prompt(batchQuestion(key, count), tr('work.batch.title', { action: label }), {
          inputType: 'textarea',
          confirmButtonText: tr('work.batch.confirmButton', { action: label, n: count }),
          cancelButtonText: tr('common.cancel'),
          inputValidator: (v: string) => (v && v.trim().length > 0) || tr('work.batch.commentRequired', { action: label }),
        });
        return { comment: value.trim() };
      }
      await ElMessageBox.confirm(batchQuestion(key, count), tr('work.batch.title', { action: label }), {
        confirmButtonText: tr('work.batch.confirmButton', { action: label, n: count }),
        cancelButtonText: tr('common.cancel'),
        type: 'warning',
      });
      return { comment: null };
    } catch {
      return null;
    }
  }

  async function run(key: BatchEventKey): Promise<void> {
    const tasks = selected.value;
    if (!tasks.length || running.value) return;
    const answer = await ask(key, tasks.length);
    if (!answer) return;
    running.value = true;
    try {
      const result = await mutation.mutate({ input: { event: BATCH_EVENTS[key].event, comment: answer.comment, tasks: batchTasks(tasks) } });
      const outcomes = result?.data?.transitionTasks ?? [];
      const summary = summariseBatch(outcomes, tasks);
      // The refused stay ticked; the others have left the queue.
      checked.value = new Set(outcomes.filter((o) => !o.ok).map((o) => o.taskId));
      if (summary.done) ElMessage.success({ message: tr('work.batch.done', { action: batchLabel(key) }, summary.done), grouping: true });
      if (summary.failures.length) {
        await ElMessageBox.alert(`${tr('work.batch.failedIntro', { action: batchLabel(key) }, summary.failures.length)}\n${summary.failures.join('\n')}`, tr('work.batch.failedTitle'), {
          confirmButtonText: tr('work.batch.gotIt'),
          customClass: 'batch-review__result',
        }).catch(() => undefined);
      }
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
    } finally {
      running.value = false;
      await list.afterChange(null);
    }
  }

  return { checked, selected, allChecked, running, toggle, toggleAll, approve: () => run('approve'), sendBack: () => run('return') };
}
