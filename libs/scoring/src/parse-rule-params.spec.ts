import { parseRuleParams } from './parse-rule-params';

describe('parseRuleParams', () => {
  it('gives exactly the kind’s parameters, optional ones only when written', () => {
    expect(parseRuleParams({ kind: 'tiered', min: 1, max: 5, basis: ' 人均经费 ', order: 'desc', singleApplicant: { kind: 'range', min: 1, max: 3 } })).toEqual({
      ok: true,
      params: { kind: 'tiered', min: 1, max: 5, basis: '人均经费', order: 'desc', singleApplicant: { kind: 'range', min: 1, max: 3 } },
      maximum: 5,
    });
    expect(parseRuleParams({ kind: 'perItem', each: 2, cap: 4 })).toEqual({ ok: true, params: { kind: 'perItem', each: 2, cap: 4 }, maximum: 4 });
  });

  it('refuses a parameter the kind does not take, naming the ones it does', () => {
    const result = parseRuleParams({ kind: 'range', min: 0, max: 3, points: 5 });
    expect(result).toEqual({ ok: false, problems: ['「range」类规则没有参数 points（可用：min、max）'] });
  });

  it('refuses text parameters that are not text, and an unknown ranking direction', () => {
    expect(parseRuleParams({ kind: 'veto', condition: '  ' })).toMatchObject({ ok: false, problems: [expect.stringContaining('condition 须为不空的文字')] });
    expect(parseRuleParams({ kind: 'perItem', each: 1, cap: 2, item: 3 })).toMatchObject({ ok: false, problems: [expect.stringContaining('item')] });
    expect(parseRuleParams({ kind: 'tiered', min: 1, max: 5, order: 'up' })).toMatchObject({ ok: false, problems: [expect.stringContaining('asc')] });
  });

  it('keeps checkRuleParams’ own refusals', () => {
    expect(parseRuleParams({ kind: 'range', min: 4, max: 3 })).toMatchObject({ ok: false, problems: [expect.stringContaining('大于 max')] });
  });
});
