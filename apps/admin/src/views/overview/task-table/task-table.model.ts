import type { TaskTableQuery } from '../../../graphql/generated/graphql';

// The task table's rows and filters, pure.

export type TableTask = TaskTableQuery['tasks']['edges'][number]['node'];

export interface TaskFilters {
  indicator: string;
  department: string;
  state: string;
  overdueOnly: boolean;
  search: string;
}

export const NO_FILTERS: TaskFilters = { indicator: '', department: '', state: '', overdueOnly: false, search: '' };

export interface TaskRow {
  task: TableTask;
  /** First row of its indicator / its rule: the merged cells of the paper table show there. */
  firstOfIndicator: boolean;
  firstOfRule: boolean;
}

export function filterTasks(tasks: readonly TableTask[], f: TaskFilters): TableTask[] {
  const q = f.search.trim().toLowerCase();
  return tasks.filter((t) => {
    if (f.indicator && t.scoringRule.indicator.code !== f.indicator) return false;
    if (f.department && t.department.id !== f.department) return false;
    if (f.state && t.state !== f.state) return false;
    if (f.overdueOnly && t.deadlineStatus !== 'overdue') return false;
    if (q) {
      const rule = t.scoringRule;
      const hay = [rule.code, rule.text, rule.indicator.title, t.department.name, ...rule.responsibleUnits.map((u) => u.name)].join(' ').toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}

/** Rows in table order, marking where an indicator and a rule begin. */
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

export function indicatorOptions(tasks: readonly TableTask[]): Option[] {
  const seen = new Map<string, string>();
  for (const t of tasks) seen.set(t.scoringRule.indicator.code, `${t.scoringRule.indicator.code} ${t.scoringRule.indicator.title}`);
  return [...seen].map(([value, label]) => ({ value, label }));
}

export function departmentOptions(tasks: readonly TableTask[]): Option[] {
  const seen = new Map<string, string>();
  for (const t of tasks) seen.set(t.department.id, t.department.name);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
