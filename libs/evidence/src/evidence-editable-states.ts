import { AppError, ErrorCode } from '@accredit/api-kit';

/**
 * The task-workflow states (workflows/task.yaml) in which a task's evidence may be added,
 * replaced or deleted: before submission, and again after the office returns the task.
 * Once submitted (under review) or approved, evidence is frozen. The one place this rule lives;
 * its spec checks it against the workflow definition.
 */
export const EVIDENCE_EDITABLE_STATES: readonly string[] = ['pending', 'in_progress', 'returned'];

export function isEvidenceEditable(taskState: string): boolean {
  return EVIDENCE_EDITABLE_STATES.includes(taskState);
}

/** Refuses a change of evidence while the task is submitted or approved, saying what to do. */
export function assertEvidenceEditable(taskState: string): void {
  if (isEvidenceEditable(taskState)) return;
  const hint =
    taskState === 'submitted'
      ? '任务已提交、正在审核，佐证材料不能修改；如需修改，请先撤回提交'
      : taskState === 'approved'
        ? '任务已审核通过，佐证材料不能再修改'
        : `任务当前状态（${taskState}）下不能修改佐证材料`;
  throw new AppError(ErrorCode.TransitionNotAllowed, hint, { taskState, editableStates: [...EVIDENCE_EDITABLE_STATES] });
}
