import { checkRuleParams } from './rule-params';

describe('checkRuleParams', () => {
  it.each([
    [{ kind: 'fixed', points: 1 }, 1],
    [{ kind: 'range', min: 0, max: 3 }, 3],
    [
      {
        kind: 'alternative',
        options: [
          { label: '2020年以来有表彰', points: 1 },
          { label: '2016年以来有表彰', points: 0.5 },
        ],
      },
      1,
    ],
    [{ kind: 'tiered', min: 1, max: 5 }, 5],
    [{ kind: 'perItem', each: 2, cap: 4 }, 4],
    [{ kind: 'conditionalCap', min: 0, max: 4, cap: 2, condition: '未处于前30%' }, 4],
    [{ kind: 'veto', condition: '发生恶劣影响的迷信、伪科学活动' }, 0],
    [{ kind: 'series', points: 2, years: [2018, 2019, 2020] }, 2],
  ])('gives the maximum of %j', (params, maximum) => {
    expect(checkRuleParams(params)).toEqual({ ok: true, params, maximum });
  });

  it('refuses an unknown kind and names the known ones', () => {
    const result = checkRuleParams({ kind: 'lottery' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('fixed');
  });

  it('refuses inconsistent parameters', () => {
    expect(checkRuleParams({ kind: 'range', min: 4, max: 3 })).toMatchObject({ ok: false });
    expect(checkRuleParams({ kind: 'perItem', each: 5, cap: 4 })).toMatchObject({ ok: false });
    expect(checkRuleParams({ kind: 'conditionalCap', min: 0, max: 2, cap: 3, condition: 'x' })).toMatchObject({ ok: false });
    expect(checkRuleParams({ kind: 'alternative', options: [{ label: 'only', points: 1 }] })).toMatchObject({ ok: false });
    expect(checkRuleParams({ kind: 'series', points: 2, years: [2020] })).toMatchObject({ ok: false });
    expect(checkRuleParams({ kind: 'fixed', points: -1 })).toMatchObject({ ok: false });
  });
});
