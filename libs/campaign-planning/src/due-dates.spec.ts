import { checkOverrides, dueDateOf } from './due-dates';

describe('dueDateOf', () => {
  const place = { indicatorCodes: ['1.2', '1'], ruleCode: '1.2.1', departmentId: 'd1' };

  it('takes the default without overrides', () => {
    expect(dueDateOf(place, '2025-10-31', [])).toBe('2025-10-31');
  });

  it('prefers rule over indicator over department, whatever the order given', () => {
    expect(dueDateOf(place, '2025-10-31', [{ scope: 'department', target: 'd1', dueOn: '2025-06-30' }])).toBe('2025-06-30');
    expect(
      dueDateOf(place, '2025-10-31', [
        { scope: 'indicator', target: '1', dueOn: '2025-07-31' },
        { scope: 'department', target: 'd1', dueOn: '2025-06-30' },
      ]),
    ).toBe('2025-07-31');
    expect(
      dueDateOf(place, '2025-10-31', [
        { scope: 'rule', target: '1.2.1', dueOn: '2025-05-31' },
        { scope: 'indicator', target: '1.2', dueOn: '2025-07-31' },
      ]),
    ).toBe('2025-05-31');
  });

  it('takes the nearest indicator, and the last of equal overrides', () => {
    expect(
      dueDateOf(place, '2025-10-31', [
        { scope: 'indicator', target: '1.2', dueOn: '2025-08-31' },
        { scope: 'indicator', target: '1', dueOn: '2025-07-31' },
      ]),
    ).toBe('2025-08-31');
    expect(
      dueDateOf(place, '2025-10-31', [
        { scope: 'department', target: 'd1', dueOn: '2025-06-30' },
        { scope: 'department', target: 'd1', dueOn: '2025-09-30' },
      ]),
    ).toBe('2025-09-30');
  });

  it('ignores overrides of other indicators, rules and departments', () => {
    expect(
      dueDateOf(place, '2025-10-31', [
        { scope: 'indicator', target: '2', dueOn: '2025-01-31' },
        { scope: 'rule', target: '1.2.2', dueOn: '2025-01-31' },
        { scope: 'department', target: 'd2', dueOn: '2025-01-31' },
      ]),
    ).toBe('2025-10-31');
  });
});

describe('checkOverrides', () => {
  it('refuses bad dates, unknown scopes and targets that do not exist', () => {
    const problems = checkOverrides(
      [
        { scope: 'indicator', target: '1', dueOn: '2025-02-30' },
        { scope: 'unit' as never, target: 'x', dueOn: '2025-01-01' },
        { scope: 'rule', target: '9.9', dueOn: '2025-01-01' },
      ],
      (scope, target) => scope === 'indicator' && target === '1',
    );
    expect(problems.map((problem) => [problem.code, problem.at])).toEqual([
      ['BAD_DATE', 'dueDates[0]'],
      ['BAD_SCOPE', 'dueDates[1]'],
      ['UNKNOWN_TARGET', 'dueDates[2]'],
    ]);
    expect(problems[2].message).toContain('「9.9」');
  });
});
