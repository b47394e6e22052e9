import { type RecordedScore, type ScoringSystem, flattenTotals, rulesInOrder, totals } from './totals';

const rule = (id: string, points: number, kind = 'fixed') => ({ id, code: id, text: id, points, params: kind === 'veto' ? { kind, condition: 'x' } : { kind, points } });
const scores = (entries: [string, number, boolean?][]) => new Map<string, RecordedScore>(entries.map(([id, points, vetoed]) => [id, { points, vetoed: vetoed ?? false }]));

const TWO_LEVEL: ScoringSystem = {
  totalScore: 10,
  indicators: [
    { id: 'i1', code: '1', title: '一', maxScore: 6, rules: [rule('r1', 4), rule('r2', 2)], children: [] },
    { id: 'i2', code: '2', title: '二', maxScore: 4, rules: [rule('r3', 4), rule('veto', 0, 'veto')], children: [] },
  ],
};

describe('totals', () => {
  it('sums rules per indicator and indicators per campaign', () => {
    const result = totals(
      TWO_LEVEL,
      scores([
        ['r1', 3],
        ['r2', 2],
        ['r3', 1.5],
      ]),
    );
    expect(result.indicators.map((i) => i.points)).toEqual([5, 1.5]);
    expect(result).toMatchObject({ points: 6.5, maxTotal: 10, vetoed: false, scoredRules: 3, rules: 4, complete: false });
  });

  it('caps an indicator at its maxScore and says so', () => {
    const result = totals(
      TWO_LEVEL,
      scores([
        ['r1', 4],
        ['r2', 2],
        ['r3', 4],
      ]),
    );
    // r1 + r2 = 6 = max; give r1 more than the table allows to see the cap (e.g. a rule edited later)
    const over = totals(
      TWO_LEVEL,
      scores([
        ['r1', 5],
        ['r2', 2],
      ]),
    );
    expect(result.indicators[0]).toMatchObject({ points: 6, capped: false });
    expect(over.indicators[0]).toMatchObject({ points: 6, uncapped: 7, capped: true });
  });

  it('caps the campaign at the stated total', () => {
    const system: ScoringSystem = { totalScore: 5, indicators: TWO_LEVEL.indicators };
    const result = totals(
      system,
      scores([
        ['r1', 4],
        ['r2', 2],
        ['r3', 4],
      ]),
    );
    expect(result).toMatchObject({ points: 5, uncapped: 10, capped: true });
  });

  it('flags a triggered veto: the campaign fails but its points are still shown', () => {
    const result = totals(
      TWO_LEVEL,
      scores([
        ['r1', 4],
        ['r2', 2],
        ['r3', 4],
        ['veto', 0, true],
      ]),
    );
    expect(result).toMatchObject({ points: 10, vetoed: true, vetoedBy: ['veto'], complete: true });
    expect(result.indicators[1].vetoed).toBe(true);
    expect(result.indicators[0].vetoed).toBe(false);
  });

  it('counts unscored rules as 0 and ignores scores of rules not in the system', () => {
    const result = totals(TWO_LEVEL, scores([['elsewhere', 50]]));
    expect(result).toMatchObject({ points: 0, scoredRules: 0, complete: false });
  });

  it('totals a three-level system bottom-up, caps at each level, and works without points', () => {
    const system: ScoringSystem = {
      totalScore: null,
      indicators: [
        {
          id: 'a1',
          code: 'A1',
          title: 'A1',
          maxScore: 5,
          rules: [],
          children: [
            { id: 'b1', code: 'B1', title: 'B1', maxScore: 3, rules: [rule('c1', 2), rule('c2', 2)], children: [] },
            { id: 'b2', code: 'B2', title: 'B2', maxScore: null, rules: [rule('c3', 3)], children: [] },
          ],
        },
      ],
    };
    const result = totals(
      system,
      scores([
        ['c1', 2],
        ['c2', 2],
        ['c3', 3],
      ]),
    );
    expect(result.indicators[0].children.map((b) => b.points)).toEqual([3, 3]);
    expect(result.indicators[0]).toMatchObject({ points: 5, uncapped: 6, capped: true, scoredRules: 3, rules: 3 });
    expect(result.maxTotal).toBe(5);
    expect(flattenTotals(result.indicators).map((i) => `${i.code}@${i.level}`)).toEqual(['A1@1', 'B1@2', 'B2@2']);
    expect(rulesInOrder(system).map((r) => `${r.indicator.code}:${r.rule.id}`)).toEqual(['B1:c1', 'B1:c2', 'B2:c3']);
  });

  it('adds the maxima of indicators without a stated total', () => {
    expect(totals({ totalScore: null, indicators: TWO_LEVEL.indicators }, new Map()).maxTotal).toBe(10);
  });
});
