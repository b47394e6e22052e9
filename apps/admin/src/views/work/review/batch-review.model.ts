import type { TransitionTasksMutation } from '../../../graphql/generated/graphql';
import type { WorkTask } from '../task-list.model';

// 批量审核, pure: what to send (each task with the version the page read) and what to tell the
// office afterwards (how many went through, which did not and why, in the API's words).

/** The events a batch may apply from the review queue, with their words. */
export const BATCH_EVENTS = {
  approve: { event: 'approve', label: '通过', needsComment: false },
  return: { event: 'return', label: '退回', needsComment: true },
} as const;
export type BatchEventKey = keyof typeof BATCH_EVENTS;

export function batchTasks(tasks: readonly Pick<WorkTask, 'id' | 'version'>[]): Array<{ id: string; expectedVersion: number }> {
  return tasks.map((t) => ({ id: t.id, expectedVersion: t.version }));
}

export interface BatchSummary {
  done: number;
  /** One line per refused task: its rule and the reason. */
  failures: string[];
}

export function summariseBatch(outcomes: readonly Pick<TransitionTasksMutation['transitionTasks'][number], 'taskId' | 'ok' | 'message'>[], tasks: readonly Pick<WorkTask, 'id' | 'scoringRule' | 'department'>[]): BatchSummary {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const failures = outcomes
    .filter((o) => !o.ok)
    .map((o) => {
      const task = byId.get(o.taskId);
      const what = task ? `${task.scoringRule.code}（${task.department.name}）` : '一项任务';
      return `${what}：${o.message ?? '未能处理'}`;
    });
  return { done: outcomes.filter((o) => o.ok).length, failures };
}

/** The question before the batch runs. */
export function batchQuestion(key: BatchEventKey, count: number): string {
  return key === 'approve'
    ? `确认通过选中的 ${count} 项任务？通过后材料不能再修改。`
    : `请写明需要整改的内容，选中的 ${count} 项任务都会退回并附上这条意见，联络员会看到。`;
}
