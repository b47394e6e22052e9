import { type RuleProgress, isRuleApproved, pointsAtRisk, projectedScores } from './projection';
import { type RecordedScore, type ScoringSystem, totals } from './totals';

const rule = (id: string, points: number, kind = 'range') => ({ id, code: id, text: `规则${id}`, points, params: kind === 'veto' ? { kind, condition: 'x' } : { kind, min: 0, max: points } });
const SYSTEM: ScoringSystem = {
  totalScore: 12,
  indicators: [
    { id: 'i1', code: '1', title: '一', maxScore: 7, rules: [rule('r1', 3), rule('r2', 4)], children: [] },
    { id: 'i2', code: '2', title: '二', maxScore: 5, rules: [rule('r3', 5), rule('v', 0, 'veto')], children: [] },
  ],
};
const progress = (entries: [string, Partial<RuleProgress>][]) => new Map<string, RuleProgress>(entries.map(([id, p]) => [id, { tasks: 2, approved: 0, late: 0, returned: 0, ...p }]));
const self = (entries: [string, number, boolean?][]) => new Map<string, RecordedScore>(entries.map(([id, points, vetoed]) => [id, { points, vetoed: vetoed ?? false }]));

describe('isRuleApproved', () => {
  it('needs tasks, all approved', () => {
    expect(isRuleApproved({ tasks: 2, approved: 2, late: 0, returned: 0 })).toBe(true);
    expect(isRuleApproved({ tasks: 2, approved: 1, late: 0, returned: 0 })).toBe(false);
    expect(isRuleApproved({ tasks: 0, approved: 0, late: 0, returned: 0 })).toBe(false);
    expect(isRuleApproved(undefined)).toBe(false);
  });
});

describe('projectedScores', () => {
  it('counts approved rules at their self score, or their maximum when unscored; the rest count 0', () => {
    const projected = projectedScores(
      SYSTEM,
      self([
        ['r1', 2],
        ['r3', 4],
      ]),
      progress([
        ['r1', { approved: 2 }],
        ['r2', { approved: 2 }],
        ['r3', { approved: 1 }],
      ]),
    );
    expect(Object.fromEntries([...projected].map(([id, s]) => [id, s.points]))).toEqual({ r1: 2, r2: 4, r3: 0, v: 0 });
    expect(totals(SYSTEM, projected).points).toBe(6);
  });

  it('keeps a triggered self-scored veto, approved or not', () => {
    const projected = projectedScores(SYSTEM, self([['v', 0, true]]), progress([]));
    expect(totals(SYSTEM, projected).vetoed).toBe(true);
  });
});

describe('pointsAtRisk', () => {
  it('lists late or returned rules, largest first, with what they stand to lose', () => {
    const risks = pointsAtRisk(
      SYSTEM,
      self([['r2', 1]]),
      progress([
        ['r1', { late: 1, departments: ['区科协'] }],
        ['r2', { returned: 1 }],
        ['r3', { late: 2, returned: 1 }],
      ]),
    );
    expect(risks.map((r) => [r.ruleId, r.points])).toEqual([
      ['r3', 5],
      ['r1', 3],
      ['r2', 1],
    ]);
    expect(risks[1]).toMatchObject({ indicatorCode: '1', ruleText: '规则r1', late: 1, returned: 0, departments: ['区科协'] });
  });

  it('puts a late veto rule first whatever its points', () => {
    const risks = pointsAtRisk(
      SYSTEM,
      new Map(),
      progress([
        ['r3', { late: 1 }],
        ['v', { late: 1 }],
      ]),
    );
    expect(risks.map((r) => r.ruleId)).toEqual(['v', 'r3']);
    expect(risks[0].veto).toBe(true);
  });

  it('is empty when nothing is late or returned', () => {
    expect(pointsAtRisk(SYSTEM, new Map(), progress([['r1', { approved: 1 }]]))).toEqual([]);
  });
});
