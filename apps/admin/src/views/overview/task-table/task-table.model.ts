import type { TaskTableQuery, TaskTableQueryVariables } from '../../../graphql/generated/graphql';
import { UNFINISHED_KINDS, statesOfKinds, type TaskStateOption } from '../../../domain/task-state';

// The task table's rows and filters, pure. Filtering, sorting and paging happen in the API.

export type TableTask = TaskTableQuery['tasks']['edges'][number]['node'];

export type TaskSort = 'TABLE' | 'DUE_ON' | 'DEPARTMENT';

export interface TaskFilters {
  indicator: string;
  department: string;
  state: string;
  overdueOnly: boolean;
  search: string;
  sort: TaskSort;
}

export const NO_FILTERS: TaskFilters = { indicator: '', department: '', state: '', overdueOnly: false, search: '', sort: 'TABLE' };

/** Rows per request: the first rows show at once; the rest load as the table scrolls. */
export const PAGE_SIZE = 50;

/**
 * The campaign's states that are not finished (to do, submitted, sent back — by what each means in
 * its task workflow, Campaign.taskStates): overdue means due before today in one of these.
 */
export function unfinishedStates(states: readonly TaskStateOption[]): string[] {
  return statesOfKinds(states, UNFINISHED_KINDS);
}

/** The API's variables for the filters (without the page); `states` are the campaign's task states. */
export function toVariables(campaignId: string, f: TaskFilters, today: string, states: readonly TaskStateOption[]): Omit<TaskTableQueryVariables, 'first' | 'after'> {
  const search = f.search.trim();
  return {
    campaignId,
    indicatorCode: f.indicator || null,
    departmentId: f.department || null,
    state: f.state || null,
    states: f.overdueOnly ? unfinishedStates(states) : null,
    dueBefore: f.overdueOnly ? today : null,
    search: search ? search.slice(0, 100) : null,
    orderBy: f.sort,
  };
}

export interface TaskRow {
  task: TableTask;
  /** First row of its indicator / its rule: the merged cells of the paper table show there. */
  firstOfIndicator: boolean;
  firstOfRule: boolean;
}

/** Rows in the order given, marking where an indicator and a rule begin. */
export function toRows(tasks: readonly TableTask[]): TaskRow[] {
  return tasks.map((task, index) => {
    const prev = tasks[index - 1];
    return {
      task,
      firstOfIndicator: !prev || prev.scoringRule.indicator.id !== task.scoringRule.indicator.id,
      firstOfRule: !prev || prev.scoringRule.id !== task.scoringRule.id,
    };
  });
}

export interface Option {
  value: string;
  label: string;
}
