import { describe, expect, it } from 'vitest';
import type { TaskStateKind } from '../../domain/task-state';
import { byUrgency, countByFilter, matchesSearch, type WorkTask } from './task-list.model';

// workflows/task.yaml's states and what each means (the API's Task.stateKind).
const KINDS: Record<string, TaskStateKind> = { pending: 'open', in_progress: 'open', submitted: 'submitted', returned: 'returned', approved: 'done' };

const task = (id: string, state: string, daysUntilDue: number, text = '规则', stateKind: TaskStateKind = KINDS[state] ?? 'open'): WorkTask =>
  ({
    id,
    state,
    stateLabel: state,
    stateKind,
    evidenceEditable: stateKind === 'open' || stateKind === 'returned',
    inReviewQueue: stateKind === 'submitted',
    role: 'lead',
    dueOn: '2022-11-30',
    version: 1,
    deadlineStatus: daysUntilDue < 0 ? 'overdue' : 'on_track',
    daysUntilDue,
    department: { id: 'd', name: '区科协' },
    scoringRule: { id: `r-${id}`, code: id, text, points: 1, kind: 'fixed', note: null, indicator: { id: 'i', code: '1', title: '党委和政府重视', requirements: [] }, responsibleUnits: [] },
  }) as WorkTask;

describe('work lists', () => {
  it('puts returned tasks first, then the soonest due, finished last', () => {
    const ordered = byUrgency([task('a', 'approved', -30), task('b', 'pending', 10), task('c', 'returned', 20), task('d', 'in_progress', -5)]);
    expect(ordered.map((t) => t.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('counts the to-do (pending, in progress, returned) apart from submitted and finished', () => {
    const counts = countByFilter([task('a', 'pending', 1), task('b', 'returned', 1), task('c', 'submitted', 1), task('d', 'approved', 1)]);
    expect(counts).toEqual({ todo: 2, returned: 1, submitted: 1, done: 1, all: 4 });
  });

  it('filters and orders a workflow with other state names by what its states mean, with no change here', () => {
    // e.g. an inspection round: 起草 (open), 审阅中 (submitted), 退回修改 (returned), 已办结 (done).
    const tasks = [
      task('a', 'closed', -30, '规则', 'done'),
      task('b', 'drafting', 10, '规则', 'open'),
      task('c', 'sent_back', 20, '规则', 'returned'),
      task('d', 'in_review', -5, '规则', 'submitted'),
    ];
    expect(countByFilter(tasks)).toEqual({ todo: 2, returned: 1, submitted: 1, done: 1, all: 4 });
    expect(byUrgency(tasks).map((t) => t.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('searches the rule, its code and the indicator', () => {
    expect(matchesSearch(task('1.5', 'pending', 1, '有实施方案或工作要点1分'), '实施方案')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '1.5')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '党委')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '经费')).toBe(false);
  });
});
