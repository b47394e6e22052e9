// The task-workflow states (workflows/task.yaml) as the admin colours them. The labels come from
// the API (stateLabel); a state this table does not know is shown in grey under the API's label.

export type TaskStateTone = 'info' | 'primary' | 'warning' | 'danger' | 'success';

export interface TaskStateView {
  tone: TaskStateTone;
  /** Bar / dot colour in charts and legends. */
  color: string;
}

export const TASK_STATES: Readonly<Record<string, TaskStateView>> = {
  pending: { tone: 'info', color: '#a8abb2' },
  in_progress: { tone: 'primary', color: '#1a56b0' },
  submitted: { tone: 'warning', color: '#e6a23c' },
  returned: { tone: 'danger', color: '#c81e1e' },
  approved: { tone: 'success', color: '#2f9e44' },
};

/** States in the order the work goes through them (filters, legends). */
export const TASK_STATE_ORDER = ['pending', 'in_progress', 'submitted', 'returned', 'approved'] as const;

export function taskStateView(state: string): TaskStateView {
  return TASK_STATES[state] ?? { tone: 'info', color: '#909399' };
}

// Whether evidence may change, and whether a task waits for review, come from the task's
// workflow definition through the API (Task.evidenceEditable, Task.inReviewQueue).
