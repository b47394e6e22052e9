import { describe, expect, it } from 'vitest';
import { electiveChoiceProblem, groupChanges, phaseDays, replanFormOf, toNewCycleInput, toReplanInput, type PlanChange } from './campaign-plan.model';
import { at } from '../../../testing/at';

const preparation = { key: 'preparation', name: '筹备阶段', startsOn: '2021-12-01', endsOn: '2022-03-31' };
const creation = { key: 'creation', name: '创建阶段', startsOn: '2022-04-01', endsOn: '2022-11-30' };
const phases = [preparation, creation];

describe('re-plan form', () => {
  it('sends only the phases whose dates changed, with the reason and bulk due dates', () => {
    const form = replanFormOf(phases);
    expect(toReplanInput('c-1', phases, form)).toBeNull();
    form.reason = ' 市科协调整评估时间 ';
    at(form.phases, 1).endsOn = '2022-12-15';
    form.dueDates.push({ scope: 'department', target: 'd-1', dueOn: '2022-10-31' }, { scope: 'rule', target: '', dueOn: '' });
    expect(toReplanInput('c-1', phases, form)).toEqual({
      campaignId: 'c-1',
      reason: '市科协调整评估时间',
      phases: [{ key: 'creation', startsOn: '2022-04-01', endsOn: '2022-12-15' }],
      dueDates: [{ scope: 'department', target: 'd-1', dueOn: '2022-10-31' }],
      moveDefaultDueDates: true,
    });
  });

  it('lists each phase’s steps under it and sends a step’s new dates by its key; an open date stays open', () => {
    const withSteps = [
      { ...preparation, steps: [] },
      {
        ...creation,
        steps: [
          { key: 'creation.publicity', name: '宣传动员', startsOn: null, endsOn: null },
          { key: 'creation.evidence', name: '佐证材料', startsOn: null, endsOn: null },
        ],
      },
    ];
    const form = replanFormOf(withSteps);
    expect(form.phases.map((row) => [row.key, row.step])).toEqual([
      ['preparation', false],
      ['creation', false],
      ['creation.publicity', true],
      ['creation.evidence', true],
    ]);
    form.reason = '细化创建阶段';
    at(form.phases, 2).startsOn = '2022-04-01';
    at(form.phases, 2).endsOn = '2022-05-31';
    at(form.phases, 3).startsOn = '2022-06-01';
    expect(toReplanInput('c-1', withSteps, form)?.phases).toEqual([
      { key: 'creation.publicity', startsOn: '2022-04-01', endsOn: '2022-05-31' },
      { key: 'creation.evidence', startsOn: '2022-06-01' },
    ]);
  });

  it('groups the log by re-plan, newest first, as old → new', () => {
    const change = (batchId: string, at: string, subjectType: string, subjectLabel: string, field: string, oldValue: string, newValue: string): PlanChange =>
      ({ batchId, at, actorName: 'office', reason: `原因 ${batchId}`, subjectType, subjectLabel, field, oldValue, newValue }) as PlanChange;
    const groups = groupChanges([
      change('b1', '2026-01-01T00:00:00Z', 'phase', '创建阶段', 'endsOn', '2022-11-30', '2022-12-15'),
      change('b2', '2026-02-01T00:00:00Z', 'task', '1.1 区科协', 'dueOn', '2022-12-15', '2022-10-01'),
      change('b1', '2026-01-01T00:00:00Z', 'task', '2.1 区教委', 'dueOn', '2022-11-30', '2022-12-15'),
    ]);
    expect(groups.map((g) => [g.batchId, g.reason, g.rows.length])).toEqual([
      ['b2', '原因 b2', 1],
      ['b1', '原因 b1', 2],
    ]);
    expect(at(at(groups, 1).rows, 0)).toEqual({ subject: '阶段 创建阶段', field: '结束日期', change: '2022-11-30 → 2022-12-15' });
  });
});

describe('new cycle form', () => {
  it('back-schedules the same phase lengths to the new target and carries the chosen evidence', () => {
    expect(phaseDays(preparation)).toBe(121);
    expect(toNewCycleInput('c-1', phases, { name: ' 下一轮 ', key: '', targetDate: '2027-11-30', carry: 'some', requirementCodes: '1-1，1-2 2-3', officeDepartmentId: 'd-kexie' })).toEqual({
      fromCampaignId: 'c-1',
      name: '下一轮',
      officeDepartmentId: 'd-kexie',
      backSchedule: {
        targetDate: '2027-11-30',
        phases: [
          { key: 'preparation', name: '筹备阶段', days: 121 },
          { key: 'creation', name: '创建阶段', days: 244 },
        ],
      },
      carryOver: { requirementCodes: ['1-1', '1-2', '2-3'] },
    });
    expect(toNewCycleInput('c-1', phases, { name: 'x', key: 'k', targetDate: '2027-11-30', carry: 'all', requirementCodes: '', officeDepartmentId: '' }).carryOver).toEqual({ all: true });
    const plain = toNewCycleInput('c-1', phases, { name: 'x', key: '', targetDate: '2027-11-30', carry: 'none', requirementCodes: '1-1', officeDepartmentId: '' });
    expect(plain.carryOver).toBeUndefined();
    // No department chosen: the API keeps the earlier cycle's.
    expect(plain).not.toHaveProperty('officeDepartmentId');
  });
});

describe('elective choice', () => {
  it('is refused outside min..max, in Chinese', () => {
    expect(electiveChoiceProblem({ min: 1, max: 2 }, [])).toBe('至少要选 1 项，现选 0 项');
    expect(electiveChoiceProblem({ min: 1, max: 2 }, ['a', 'b', 'c'])).toBe('最多可选 2 项，现选 3 项');
    expect(electiveChoiceProblem({ min: 1, max: 2 }, ['a'])).toBeNull();
  });
});
