import type { TaskAction, WorkflowAction } from '../composables/use-workflow-actions';

/**
 * One entry of `availableTransitions` as the API sends it, typed by the generated query type so a
 * field the API adds (needsComment, confirm …) shows up here in the type check. Allowed by default;
 * a refused one gets the API's TRANSITION_NOT_ALLOWED unless the fields say otherwise.
 */
export function workflowAction(event: string, label: string, fields: Partial<Omit<WorkflowAction, 'event' | 'label'>> = {}): WorkflowAction {
  const allowed = fields.allowed ?? true;
  return {
    event,
    label,
    allowed,
    available: true,
    needsComment: false,
    confirm: null,
    to: null,
    toLabel: null,
    code: allowed ? null : 'TRANSITION_NOT_ALLOWED',
    reasons: [],
    ...fields,
  };
}

/** The same for a task's list, which also says what the workflow checks before each event. */
export function taskAction(event: string, label: string, fields: Partial<Omit<TaskAction, 'event' | 'label'>> = {}): TaskAction {
  const { checksEvidence = false, ...rest } = fields;
  return { ...workflowAction(event, label, rest), checksEvidence };
}
