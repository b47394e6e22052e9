import { scoreRule } from './score-rule';

const FIXED = { kind: 'fixed', points: 2 };
const RANGE = { kind: 'range', min: 0, max: 3 };
const ALTERNATIVE = {
  kind: 'alternative',
  options: [
    { label: '有科普活动场所或专业科普场馆', points: 3 },
    { label: '无科普活动场所或专业科普场馆但纳入规划或计划', points: 1 },
  ],
};
const TIERED = { kind: 'tiered', min: 1, max: 5, basis: '2020年人均财政科普经费数', order: 'desc', singleApplicant: { kind: 'range', min: 1, max: 5 } };
const PER_ITEM = { kind: 'perItem', each: 2, cap: 4, item: '试点、活动或会议' };
const CONDITIONAL_CAP = { kind: 'conditionalCap', min: 0, max: 4, cap: 2, condition: '科普中国信息员数量在本省排名未处于前30%' };
const VETO = { kind: 'veto', condition: '辖区内近三年发生恶劣影响的迷信、伪科学活动' };
const SERIES = { kind: 'series', points: 2, years: [2018, 2019, 2020], condition: '人均财政科普经费逐年递增' };

const points = (params: Record<string, unknown>, input: unknown) => {
  const result = scoreRule(params, input);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.score;
};
const problems = (params: Record<string, unknown>, input: unknown): string[] => {
  const result = scoreRule(params, input);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.score)}`);
  return result.problems;
};

describe('scoreRule: fixed (achieved or not)', () => {
  it('gives the points when achieved and 0 otherwise', () => {
    expect(points(FIXED, { achieved: true })).toMatchObject({ points: 2, vetoed: false, capped: false });
    expect(points(FIXED, { achieved: false }).points).toBe(0);
  });

  it('refuses a missing or non-boolean achieved in Chinese', () => {
    expect(problems(FIXED, {})[0]).toContain('achieved');
    expect(problems(FIXED, { achieved: 'yes' })[0]).toMatch(/true 或 false/);
  });
});

describe('scoreRule: range judged by a scorer', () => {
  it('takes points within [min, max], half points included', () => {
    expect(points(RANGE, { points: 2.5 })).toMatchObject({ points: 2.5, explanation: expect.stringContaining('0–3') });
    expect(points(RANGE, { points: 0 }).points).toBe(0);
  });

  it('refuses points out of range or with more than two decimals', () => {
    expect(problems(RANGE, { points: 4 })[0]).toContain('超出本规则的范围 0–3');
    expect(problems(RANGE, { points: -1 })[0]).toContain('超出');
    expect(problems(RANGE, { points: 1.234 })[0]).toContain('两位小数');
    expect(problems(RANGE, { points: '3' })[0]).toContain('points');
  });
});

describe('scoreRule: alternative values', () => {
  it('gives the points of the option that applies', () => {
    expect(points(ALTERNATIVE, { option: '无科普活动场所或专业科普场馆但纳入规划或计划' }).points).toBe(1);
    expect(points(ALTERNATIVE, { option: '有科普活动场所或专业科普场馆' }).points).toBe(3);
  });

  it('gives 0 when no option applies (null)', () => {
    expect(points(ALTERNATIVE, { option: null })).toMatchObject({ points: 0, explanation: '不符合任一情形，不得分' });
  });

  it('refuses an option that is not one of the rule’s and lists the choices', () => {
    const [message] = problems(ALTERNATIVE, { option: '有场馆' });
    expect(message).toContain('不是本规则的选项');
    expect(message).toContain('有科普活动场所或专业科普场馆');
    expect(problems(ALTERNATIVE, {})[0]).toContain('option');
  });

  it('handles half points (2020年以来无表彰，2016年以来有表彰 0.5 分)', () => {
    const awards = {
      kind: 'alternative',
      options: [
        { label: '2020年以来有表彰', points: 1 },
        { label: '2020年以来无表彰，2016年以来有表彰', points: 0.5 },
      ],
    };
    expect(points(awards, { option: '2020年以来无表彰，2016年以来有表彰' }).points).toBe(0.5);
  });
});

describe('scoreRule: tiered by rank among applicants', () => {
  it('ranks among several applicants from max down to min', () => {
    expect(points(TIERED, { rank: 1, of: 5 }).points).toBe(5);
    expect(points(TIERED, { rank: 5, of: 5 }).points).toBe(1);
    expect(points(TIERED, { rank: 3, of: 10 })).toMatchObject({ points: 4, explanation: '10 家申报单位中第 3 名，分档得 4 分' });
  });

  it('judges a single applicant within the single-applicant range', () => {
    expect(points(TIERED, { points: 3 })).toMatchObject({ points: 3, explanation: expect.stringContaining('只有 1 家申报单位') });
    expect(problems(TIERED, { points: 0.5 })[0]).toContain('1–5');
  });

  it('refuses a rank beyond the number of applicants, a lone "of", and a missing input', () => {
    expect(problems(TIERED, { rank: 6, of: 5 })[0]).toContain('名次 6 大于申报单位数 5');
    expect(problems(TIERED, { rank: 1, of: 1 })[0]).toContain('of');
    expect(problems(TIERED, {})[0]).toContain('rank');
  });
});

describe('scoreRule: per item with a cap', () => {
  it('gives each × items up to the cap and says when the cap applied', () => {
    expect(points(PER_ITEM, { items: 1 })).toMatchObject({ points: 2, capped: false });
    expect(points(PER_ITEM, { items: 2 })).toMatchObject({ points: 4, capped: false });
    expect(points(PER_ITEM, { items: 5 })).toMatchObject({ points: 4, capped: true, explanation: '5 项 × 2 分 = 10 分，最高 4 分，得 4 分' });
    expect(points(PER_ITEM, { items: 0 }).points).toBe(0);
  });

  it('refuses a negative or fractional count', () => {
    expect(problems(PER_ITEM, { items: -1 })[0]).toContain('items');
    expect(problems(PER_ITEM, { items: 1.5 })[0]).toContain('整数');
  });
});

describe('scoreRule: capped by a condition', () => {
  it('caps the judged points when the condition holds', () => {
    expect(points(CONDITIONAL_CAP, { points: 4, conditionMet: true })).toMatchObject({ points: 2, capped: true, explanation: expect.stringContaining('最高 2 分') });
    expect(points(CONDITIONAL_CAP, { points: 1.5, conditionMet: true })).toMatchObject({ points: 1.5, capped: false });
  });

  it('keeps the judged points when the condition does not hold', () => {
    expect(points(CONDITIONAL_CAP, { points: 4, conditionMet: false })).toMatchObject({ points: 4, capped: false });
  });

  it('needs both the points and whether the condition holds', () => {
    expect(problems(CONDITIONAL_CAP, { points: 3 })[0]).toContain('conditionMet');
    expect(problems(CONDITIONAL_CAP, { points: 5, conditionMet: false })[0]).toContain('0–4');
  });
});

describe('scoreRule: veto', () => {
  it('is worth nothing and, when triggered, vetoes', () => {
    expect(points(VETO, { triggered: true })).toMatchObject({ points: 0, vetoed: true, explanation: expect.stringContaining('一票否决') });
    expect(points(VETO, { triggered: false })).toMatchObject({ points: 0, vetoed: false });
  });
});

describe('scoreRule: all-or-nothing series', () => {
  it('gives the points when met and nothing otherwise', () => {
    expect(points(SERIES, { met: true }).points).toBe(2);
    expect(points(SERIES, { met: false }).points).toBe(0);
  });

  it('computes "met" from one value per year: strictly increasing or nothing', () => {
    expect(points(SERIES, { values: [3.1, 3.5, 4.2] })).toMatchObject({ points: 2, explanation: expect.stringContaining('2018年 3.1') });
    expect(points(SERIES, { values: [3.1, 3.1, 4.2] })).toMatchObject({ points: 0, explanation: expect.stringContaining('未逐年递增') });
    expect(points(SERIES, { values: [4, 3, 5] }).points).toBe(0);
  });

  it('refuses values that do not match the years', () => {
    expect(problems(SERIES, { values: [1, 2] })[0]).toContain('2018、2019、2020');
    expect(problems(SERIES, { values: [1, -2, 3] })[0]).toContain('非负数');
  });
});

describe('scoreRule: what every kind refuses', () => {
  it('refuses input that is not an object, with an example', () => {
    expect(problems(RANGE, 3)[0]).toContain('{"points": 3}');
    expect(problems(FIXED, null)[0]).toContain('achieved');
    expect(problems(FIXED, [true])[0]).toContain('对象');
  });

  it('refuses unknown fields and a kind that does not match the rule', () => {
    expect(problems(FIXED, { achieved: true, bonus: 1 })[0]).toContain('不认识的字段：bonus');
    expect(problems(FIXED, { kind: 'range', points: 1 })[0]).toContain('不一致');
  });

  it('refuses broken rule parameters before looking at the input', () => {
    expect(problems({ kind: 'lottery' }, {})[0]).toContain('评分规则参数有误');
    expect(problems({ kind: 'range', min: 3, max: 1 }, { points: 1 })[0]).toContain('min');
  });

  it('returns the normalised input with its kind, ready to store', () => {
    const result = scoreRule(ALTERNATIVE, { option: ' 有科普活动场所或专业科普场馆 ' });
    expect(result).toMatchObject({ ok: true, input: { kind: 'alternative', option: '有科普活动场所或专业科普场馆' } });
  });
});
