import { tr } from '../../../plugins/i18n';
import type { TransitionTasksMutation } from '../../../graphql/generated/graphql';
import type { WorkTask } from '../task-list.model';

// 批量审核, pure: what to send (each task with the version the page read) and what to tell the
// office afterwards (how many went through, which did not and why, in the API's words).

/** The events a batch may apply from the review queue, with their words. */
export const BATCH_EVENTS = {
  approve: { event: 'approve', needsComment: false },
  return: { event: 'return', needsComment: true },
} as const;
export type BatchEventKey = keyof typeof BATCH_EVENTS;

/** The event's word in the interface language (通过 / 退回). */
export function batchLabel(key: BatchEventKey): string {
  return tr(`work.batch.${key}`);
}

export function batchTasks(tasks: readonly Pick<WorkTask, 'id' | 'version'>[]): Array<{ id: string; expectedVersion: number }> {
  return tasks.map((t) => ({ id: t.id, expectedVersion: t.version }));
}

export interface BatchSummary {
  done: number;
  /** One line per refused task: its rule and the reason. */
  failures: string[];
}

export function summariseBatch(
  outcomes: readonly Pick<TransitionTasksMutation['transitionTasks'][number], 'taskId' | 'ok' | 'message'>[],
  tasks: readonly Pick<WorkTask, 'id' | 'scoringRule' | 'department'>[],
): BatchSummary {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const failures = outcomes
    .filter((o) => !o.ok)
    .map((o) => {
      const task = byId.get(o.taskId);
      const what = task ? tr('work.batch.taskWhat', { code: task.scoringRule.code, department: task.department.name }) : tr('work.batch.someTask');
      return tr('work.batch.failureLine', { what, reason: o.message ?? tr('work.batch.notDone') });
    });
  return { done: outcomes.filter((o) => o.ok).length, failures };
}

/** The question before the batch runs. */
export function batchQuestion(key: BatchEventKey, count: number): string {
  return key === 'approve' ? tr('work.batch.approveQuestion', { n: count }) : tr('work.batch.returnQuestion', { n: count });
}
