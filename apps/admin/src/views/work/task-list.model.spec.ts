import { describe, expect, it } from 'vitest';
import { byUrgency, countByFilter, matchesSearch, type WorkTask } from './task-list.model';

const task = (id: string, state: string, daysUntilDue: number, text = '规则'): WorkTask =>
  ({
    id,
    state,
    stateLabel: state,
    evidenceEditable: ['pending', 'in_progress', 'returned'].includes(state),
    inReviewQueue: state === 'submitted',
    role: 'lead',
    dueOn: '2022-11-30',
    version: 1,
    deadlineStatus: daysUntilDue < 0 ? 'overdue' : 'on_track',
    daysUntilDue,
    department: { id: 'd', name: '区科协' },
    scoringRule: { id: `r-${id}`, code: id, text, points: 1, kind: 'fixed', note: null, indicator: { id: 'i', code: '1', title: '党委和政府重视', requirements: [] }, responsibleUnits: [] },
  }) as WorkTask;

describe('work lists', () => {
  it('puts returned tasks first, then the soonest due, approved last', () => {
    const ordered = byUrgency([task('a', 'approved', -30), task('b', 'pending', 10), task('c', 'returned', 20), task('d', 'in_progress', -5)]);
    expect(ordered.map((t) => t.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('counts the to-do (pending, in progress, returned) apart from submitted and approved', () => {
    const counts = countByFilter([task('a', 'pending', 1), task('b', 'returned', 1), task('c', 'submitted', 1), task('d', 'approved', 1)]);
    expect(counts).toEqual({ todo: 2, returned: 1, submitted: 1, approved: 1, all: 4 });
  });

  it('searches the rule, its code and the indicator', () => {
    expect(matchesSearch(task('1.5', 'pending', 1, '有实施方案或工作要点1分'), '实施方案')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '1.5')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '党委')).toBe(true);
    expect(matchesSearch(task('1.5', 'pending', 1), '经费')).toBe(false);
  });
});
