import { AppError, ErrorCode } from '@accredit/api-kit';
import { WorkflowRefusal, workflowError } from './workflow.exception';

/** The most tasks one batch may change: a review page's worth, and a request that stays short. */
export const MAX_BATCH = 50;

export interface BatchItem {
  id: string;
  expectedVersion: number;
}

/** What became of one task of a batch: done, or refused with the same code and words as alone. */
export type BatchOutcome<T> = { id: string; ok: true; applied: T } | { id: string; ok: false; code: ErrorCode; message: string };

/** How the messages name what is batched: 项任务, 个参与单位. */
export interface BatchNoun {
  measure: string;
  what: string;
}

const TASKS: BatchNoun = { measure: '项', what: '任务' };

/** Refuses a batch that is empty, too large or names an item twice (before any item is touched). */
export function checkBatch(items: readonly BatchItem[], { measure, what }: BatchNoun = TASKS): void {
  if (!items.length) throw workflowError(WorkflowRefusal.BatchEmpty, `请至少选择一${measure}${what}`);
  if (items.length > MAX_BATCH) throw workflowError(WorkflowRefusal.BatchTooLarge, `一次最多处理 ${MAX_BATCH} ${measure}${what}，请分批操作`);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw workflowError(WorkflowRefusal.BatchDuplicate, `同一${measure}${what}选择了两次，请刷新后重新选择`);
    seen.add(item.id);
  }
}

/**
 * Applies `apply` to each item in turn, each on its own (its own transaction, in the caller's
 * `apply`): one refused task — moved on by someone else, returned without a comment — does not
 * stop the others, and says why with the code and message it would have had alone. An error
 * that is not a refusal is reported for its task in plain words; the details go to `log`.
 */
export async function applyEach<T>(items: readonly BatchItem[], apply: (item: BatchItem) => Promise<T>, log: (error: unknown) => void = () => undefined): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = [];
  for (const item of items) {
    try {
      outcomes.push({ id: item.id, ok: true, applied: await apply(item) });
    } catch (error) {
      if (error instanceof AppError) outcomes.push({ id: item.id, ok: false, code: error.code, message: error.message });
      else {
        log(error);
        outcomes.push({ id: item.id, ok: false, code: ErrorCode.Internal, message: '处理该任务时出错，请稍后单独重试' });
      }
    }
  }
  return outcomes;
}
