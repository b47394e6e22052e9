import { daysBetween } from '@accredit/calendar-date';
import { backSchedule, checkDurations, checkPhases, checkSteps, phaseOn } from './phase-plan';

describe('backSchedule (倒排工期)', () => {
  const durations = [
    { key: 'preparation', name: '筹备阶段', days: 121 },
    { key: 'creation', name: '创建阶段', days: 244 },
    { key: 'accreditation', name: '认定阶段', days: 62 },
  ];

  it('ends the last phase on the target date and lays the others back to back before it (the Shapingba plan)', () => {
    const phases = backSchedule('2023-01-31', durations);
    expect(phases.map(({ key, startsOn, endsOn }) => [key, startsOn, endsOn])).toEqual([
      ['preparation', '2021-12-01', '2022-03-31'],
      ['creation', '2022-04-01', '2022-11-30'],
      ['accreditation', '2022-12-01', '2023-01-31'],
    ]);
    expect(checkPhases(phases, 'creation')).toEqual([]);
    phases.forEach((phase, index) => expect(daysBetween(phase.startsOn, phase.endsOn) + 1).toBe(durations[index].days));
  });

  it('gives a one-day phase the same start and end', () => {
    expect(backSchedule('2025-06-30', [{ key: 'a', name: 'A', days: 1 }])).toEqual([{ key: 'a', name: 'A', startsOn: '2025-06-30', endsOn: '2025-06-30' }]);
  });

  it('refuses a bad target, no phases, non-positive or fractional days and repeated keys', () => {
    expect(checkDurations('2025-02-30', []).map((problem) => problem.code)).toEqual(['BAD_DATE', 'NO_PHASES']);
    const problems = checkDurations('2025-12-31', [
      { key: 'a', name: '甲', days: 0 },
      { key: 'a', name: '乙', days: 1.5 },
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['BAD_DURATION', 'BAD_DURATION', 'DUPLICATE_PHASE_KEY']);
    expect(problems[0].message).toContain('1 到 3660');
  });
});

describe('checkPhases', () => {
  it('refuses dates in the wrong order with what to do', () => {
    const problems = checkPhases([{ key: 'a', name: '筹备阶段', startsOn: '2025-03-01', endsOn: '2025-02-01' }]);
    expect(problems).toEqual([expect.objectContaining({ code: 'DATES_IN_WRONG_ORDER', at: 'a', message: expect.stringContaining('晚于结束日期') })]);
  });

  it('refuses overlapping phases and names the first free day', () => {
    const problems = checkPhases([
      { key: 'a', name: '筹备阶段', startsOn: '2025-01-01', endsOn: '2025-03-31' },
      { key: 'b', name: '创建阶段', startsOn: '2025-03-31', endsOn: '2025-10-31' },
    ]);
    expect(problems).toEqual([expect.objectContaining({ code: 'PHASES_OVERLAP', at: 'b', message: expect.stringContaining('2025-04-01') })]);
  });

  it('refuses invalid dates, an unknown task phase and an empty list', () => {
    expect(checkPhases([{ key: 'a', name: 'A', startsOn: '2025-13-01', endsOn: '2025-12-01' }]).map((problem) => problem.code)).toEqual(['BAD_DATE']);
    expect(checkPhases([{ key: 'a', name: 'A', startsOn: '2025-01-01', endsOn: '2025-12-01' }], 'creation').map((problem) => problem.code)).toEqual(['UNKNOWN_TASK_PHASE']);
    expect(checkPhases([]).map((problem) => problem.code)).toEqual(['NO_PHASES']);
  });

  it('allows gaps between phases; phaseOn finds the phase of a day', () => {
    const phases = [
      { key: 'a', name: 'A', startsOn: '2025-01-01', endsOn: '2025-01-31' },
      { key: 'b', name: 'B', startsOn: '2025-03-01', endsOn: '2025-03-31' },
    ];
    expect(checkPhases(phases)).toEqual([]);
    expect(phaseOn(phases, '2025-01-31')?.key).toBe('a');
    expect(phaseOn(phases, '2025-02-15')).toBeNull();
    expect(phaseOn(phases, '2025-03-01')?.key).toBe('b');
  });
});

describe('checkSteps (the steps of a phase)', () => {
  const creation = { key: 'creation', name: '创建阶段', startsOn: '2022-04-01', endsOn: '2022-11-30' };
  const step = (key: string, name: string, startsOn: string | null, endsOn: string | null) => ({ key: `creation.${key}`, name, startsOn, endsOn });

  it('accepts steps in order inside their phase, and steps not dated yet', () => {
    expect(checkSteps(creation, [step('plan', '制定方案', '2022-04-01', '2022-04-30'), step('evidence', '材料收集', '2022-05-01', '2022-11-30'), step('review', '自查', null, null)])).toEqual([]);
  });

  it('refuses a step outside its phase, overlapping the one before, backwards or on a date that does not exist', () => {
    const codes = (steps: ReturnType<typeof step>[]) => checkSteps(creation, steps).map((problem) => [problem.code, problem.at]);
    expect(codes([step('plan', '制定方案', '2022-03-25', '2022-04-30')])).toEqual([['STEP_OUTSIDE_PHASE', 'creation.plan']]);
    expect(codes([step('plan', '制定方案', '2022-04-01', '2022-05-10'), step('evidence', '材料收集', '2022-05-01', '2022-06-30')])).toEqual([['PHASES_OVERLAP', 'creation.evidence']]);
    expect(codes([step('plan', '制定方案', '2022-06-01', '2022-05-01')])).toEqual([['DATES_IN_WRONG_ORDER', 'creation.plan']]);
    expect(codes([step('plan', '制定方案', '2022-02-30', null)])).toEqual([['BAD_DATE', 'creation.plan']]);
    expect(checkSteps(creation, [step('plan', '制定方案', '2022-12-01', null)])[0].message).toContain('超出了「创建阶段」（2022-04-01 至 2022-11-30）');
  });
});
