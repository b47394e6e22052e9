import type { TaskStateKind } from '../graphql/generated/graphql';

// Task states as the admin shows them. A state's name and label belong to the campaign's task
// workflow definition; what the admin needs is its MEANING (Task.stateKind, Campaign.taskStates:
// open, submitted, returned, done), so that a workflow with other state names needs no code here.

export type { TaskStateKind };

export type TaskStateTone = 'info' | 'primary' | 'warning' | 'danger' | 'success';

export interface TaskStateView {
  tone: TaskStateTone;
  /** Bar / dot colour in charts and legends. */
  color: string;
  /** Finished or sent back: the tag is filled so that it stands out in a long list. */
  strong: boolean;
}

/** One state of a campaign's task workflow (Campaign.taskStates), in definition order. */
export interface TaskStateOption {
  key: string;
  label: string;
  kind: TaskStateKind;
}

const KIND_VIEWS: Readonly<Record<TaskStateKind, TaskStateView>> = {
  open: { tone: 'primary', color: '#1a56b0', strong: false },
  submitted: { tone: 'warning', color: '#e6a23c', strong: false },
  returned: { tone: 'danger', color: '#c81e1e', strong: true },
  done: { tone: 'success', color: '#2f9e44', strong: true },
};

/** An answer without a kind (an older cache entry) shows in grey rather than in a wrong colour. */
const UNKNOWN_VIEW: TaskStateView = { tone: 'info', color: '#909399', strong: false };

export function taskKindView(kind: TaskStateKind | null | undefined): TaskStateView {
  return (kind && KIND_VIEWS[kind]) || UNKNOWN_VIEW;
}

/** States not yet finished (overdue means due before today in one of these). */
export const UNFINISHED_KINDS: readonly TaskStateKind[] = ['open', 'submitted', 'returned'];

export function statesOfKinds(states: readonly TaskStateOption[], kinds: readonly TaskStateKind[]): string[] {
  return states.filter((s) => kinds.includes(s.kind)).map((s) => s.key);
}

/** The kind of a state by its key (for answers that carry only the key, e.g. the dashboard's late tasks). */
export function kindOfState(states: readonly TaskStateOption[], key: string): TaskStateKind | null {
  return states.find((s) => s.key === key)?.kind ?? null;
}

/**
 * A colour per state for charts: its kind's colour; where several states share a kind (e.g. two
 * open states), each further one is lighter, so the slices stay apart.
 */
export function stateColours(states: readonly TaskStateOption[]): Record<string, string> {
  const seen: Partial<Record<TaskStateKind, number>> = {};
  return Object.fromEntries(
    states.map((s) => {
      const nth = seen[s.kind] ?? 0;
      seen[s.kind] = nth + 1;
      return [s.key, lighten(taskKindView(s.kind).color, Math.min(0.6, nth * 0.3))];
    }),
  );
}

/** `#rrggbb` mixed with white by `amount` (0–1). */
function lighten(hex: string, amount: number): string {
  if (amount <= 0) return hex;
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

// Whether evidence may change, and whether a task waits for review, come from the task's
// workflow definition through the API (Task.evidenceEditable, Task.inReviewQueue).
