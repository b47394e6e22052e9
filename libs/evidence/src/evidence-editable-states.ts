import { type WorkflowDefinition, evidenceEditableStates, isEvidenceEditable, resolveEntry } from '@accredit/workflow-engine';
import { EvidenceRefusal, evidenceError } from './evidence.exception';

/**
 * Whether a task's evidence may be added, replaced or deleted is declared by the task workflow
 * its campaign pinned (`evidenceEditable` on states, workflows/README.md): no state name is known
 * here. Refuses a change in any other state, saying what to do, in the definition's own words.
 */
export function assertEvidenceEditable(definition: WorkflowDefinition, taskState: string): void {
  if (isEvidenceEditable(definition, taskState)) return;
  const state = Object.hasOwn(definition.states, taskState) ? definition.states[taskState] : undefined;
  const label = state?.label ?? taskState;
  // The events that lead back to a state where evidence may change (e.g. 撤回, 退回).
  const active = (from: string) => taskState === from || taskState.startsWith(`${from}.`);
  const ways = [...new Set(definition.transitions.filter((t) => t.from.some(active) && isEvidenceEditable(definition, resolveEntry(definition, t.to))).map((t) => `「${t.label}」`))];
  const then = ways.length ? `；如需修改，请先${ways.join('或')}` : '';
  const hint = state?.final
    ? `任务已是「${label}」状态，流程已结束，佐证材料不能再修改`
    : state?.reviewQueue
      ? `任务「${label}」、正在审核，佐证材料不能修改${then}`
      : `任务当前状态「${label}」下不能修改佐证材料${then}`;
  throw evidenceError(EvidenceRefusal.TaskStateLocked, hint, { taskState, editableStates: evidenceEditableStates(definition) });
}
