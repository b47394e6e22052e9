import type { TaskWorkFieldsFragment } from '../../graphql/generated/graphql';

// The work lists' filters and order, pure so that they are tested on their own.

export type WorkTask = TaskWorkFieldsFragment;
/** By what a task's state means (Task.stateKind), never by the workflow's state names. */
export type WorkFilter = 'todo' | 'returned' | 'submitted' | 'done' | 'all';

export function matchesWorkFilter(task: Pick<WorkTask, 'stateKind'>, filter: WorkFilter): boolean {
  switch (filter) {
    case 'todo':
      // Work still to do by the department: not yet submitted, or sent back to be worked on again.
      return task.stateKind === 'open' || task.stateKind === 'returned';
    case 'returned':
      return task.stateKind === 'returned';
    case 'submitted':
      return task.stateKind === 'submitted';
    case 'done':
      return task.stateKind === 'done';
    case 'all':
      return true;
  }
}

export function matchesSearch(task: WorkTask, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (!q) return true;
  const rule = task.scoringRule;
  return [rule.code, rule.text, rule.indicator.title, task.department.name, rule.note ?? ''].some((s) => s.toLowerCase().includes(q));
}

/** Returned first (someone is waiting on it), then by how soon it is due, then table order. */
export function byUrgency(tasks: readonly WorkTask[]): WorkTask[] {
  const weight = (t: WorkTask): number => (t.stateKind === 'returned' ? 0 : t.stateKind === 'done' ? 2 : 1);
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => weight(a.task) - weight(b.task) || a.task.daysUntilDue - b.task.daysUntilDue || a.index - b.index)
    .map((x) => x.task);
}

export function countByFilter(tasks: readonly WorkTask[]): Record<WorkFilter, number> {
  const filters: WorkFilter[] = ['todo', 'returned', 'submitted', 'done', 'all'];
  return Object.fromEntries(filters.map((f) => [f, tasks.filter((t) => matchesWorkFilter(t, f)).length])) as Record<WorkFilter, number>;
}
