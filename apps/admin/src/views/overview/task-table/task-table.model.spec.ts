import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterTasks, toRows, type TableTask } from './task-table.model';

const task = (id: string, indicator: string, rule: string, department: string, state = 'pending', deadlineStatus = 'on-track'): TableTask =>
  ({
    id,
    state,
    stateLabel: state,
    role: 'lead',
    dueOn: '2022-11-30',
    deadlineStatus,
    daysUntilDue: 1,
    department: { id: department, name: department },
    scoringRule: { id: rule, code: rule, text: `规则${rule}`, points: 1, kind: 'fixed', indicator: { id: indicator, code: indicator, title: `指标${indicator}`, requirements: [] }, responsibleUnits: [{ name: '区科协', role: 'lead', isGroup: false }] },
  }) as TableTask;

const tasks = [task('a', '1', '1.1', '区委办'), task('b', '1', '1.1', '区科协', 'approved'), task('c', '1', '1.2', '区科协', 'pending', 'overdue'), task('d', '2', '2.1', '区教委', 'returned')];

describe('task table', () => {
  it('marks where an indicator and a rule begin, as the merged cells of the paper table', () => {
    expect(toRows(tasks).map((r) => [r.firstOfIndicator, r.firstOfRule])).toEqual([
      [true, true],
      [false, false],
      [false, true],
      [true, true],
    ]);
  });

  it('filters by indicator, department, state, overdue and text together', () => {
    expect(filterTasks(tasks, { ...NO_FILTERS, indicator: '1' }).map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(filterTasks(tasks, { ...NO_FILTERS, department: '区科协' }).map((t) => t.id)).toEqual(['b', 'c']);
    expect(filterTasks(tasks, { ...NO_FILTERS, state: 'returned' }).map((t) => t.id)).toEqual(['d']);
    expect(filterTasks(tasks, { ...NO_FILTERS, overdueOnly: true }).map((t) => t.id)).toEqual(['c']);
    expect(filterTasks(tasks, { ...NO_FILTERS, search: '1.2' }).map((t) => t.id)).toEqual(['c']);
    expect(filterTasks(tasks, { ...NO_FILTERS, search: '区教委', indicator: '1' })).toEqual([]);
  });
});
