import { describe, expect, it } from 'vitest';
import type { TaskStateOption } from '../../../domain/task-state';
import { NO_FILTERS, toRows, toVariables, unfinishedStates, type TableTask } from './task-table.model';

// workflows/task.yaml's states as Campaign.taskStates gives them.
const TASK_STATES: TaskStateOption[] = [
  { key: 'pending', label: '待开始', kind: 'open' },
  { key: 'in_progress', label: '进行中', kind: 'open' },
  { key: 'submitted', label: '已提交', kind: 'submitted' },
  { key: 'returned', label: '已退回', kind: 'returned' },
  { key: 'approved', label: '已通过', kind: 'done' },
];
const kindOf = (state: string) => TASK_STATES.find((s) => s.key === state)?.kind ?? 'open';

const task = (id: string, indicator: string, rule: string, department: string, state = 'pending', deadlineStatus = 'on_track'): TableTask =>
  ({
    id,
    state,
    stateLabel: state,
    stateKind: kindOf(state),
    inReviewQueue: kindOf(state) === 'submitted',
    role: 'lead',
    dueOn: '2022-11-30',
    deadlineStatus,
    daysUntilDue: 1,
    department: { id: department, name: department },
    scoringRule: {
      id: rule,
      code: rule,
      text: `规则${rule}`,
      points: 1,
      kind: 'fixed',
      indicator: { id: indicator, code: indicator, title: `指标${indicator}`, requirements: [] },
      responsibleUnits: [{ name: '区科协', role: 'lead', isGroup: false }],
    },
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

  it('sends no filter when none is chosen, in the table order', () => {
    expect(toVariables('c1', NO_FILTERS, '2026-12-05', TASK_STATES)).toEqual({
      campaignId: 'c1',
      indicatorCode: null,
      departmentId: null,
      state: null,
      states: null,
      dueBefore: null,
      search: null,
      orderBy: 'TABLE',
    });
  });

  it('asks the API for overdue work as open states due before today, with the other filters and the sort', () => {
    const variables = toVariables('c1', { indicator: '1', department: 'd1', state: '', overdueOnly: true, search: '  科普 ', sort: 'DUE_ON' }, '2026-12-05', TASK_STATES);
    expect(variables).toMatchObject({ indicatorCode: '1', departmentId: 'd1', state: null, dueBefore: '2026-12-05', search: '科普', orderBy: 'DUE_ON' });
    expect(variables.states).toEqual(['pending', 'in_progress', 'submitted', 'returned']);
  });

  it("takes the unfinished states from the campaign's workflow, whatever it names them", () => {
    const states: TaskStateOption[] = [
      { key: 'drafting', label: '起草', kind: 'open' },
      { key: 'in_review', label: '审阅中', kind: 'submitted' },
      { key: 'sent_back', label: '退回修改', kind: 'returned' },
      { key: 'closed', label: '已办结', kind: 'done' },
    ];
    expect(unfinishedStates(states)).toEqual(['drafting', 'in_review', 'sent_back']);
    expect(toVariables('c1', { ...NO_FILTERS, overdueOnly: true }, '2026-12-05', states).states).toEqual(['drafting', 'in_review', 'sent_back']);
  });
});
