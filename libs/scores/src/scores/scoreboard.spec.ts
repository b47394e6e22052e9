import type { RuleProgress } from '@accredit/scoring';
import type { CampaignScoringData } from './campaign-scoring-data';
import { isLate } from './campaign-scoring-data';
import { buildScoreboard } from './scoreboard';
import type { Score } from './score.entity';
import { toCampaignScoresModel } from './to-score-models';

const rule = (id: string, code: string, points: number, params: Record<string, unknown>) => ({ id, code, text: `规则${code}`, points: String(points), kind: String(params['kind']), params });
const indicator = (id: string, code: string, maxScore: number) => ({ id, code, title: `指标${code}`, maxScore: String(maxScore) });
const score = (ruleId: string, source: 'self' | 'expert', points: number, vetoed = false) =>
  ({
    id: `${source}-${ruleId}`,
    rule: { id: ruleId },
    source,
    points: String(points),
    vetoed,
    input: {},
    explanation: '',
    comment: '理由',
    scoredByName: 'office',
    scoredBy: { id: 'office-user' },
    scoredAt: new Date(0),
    supersededAt: null,
  }) as unknown as Score;

const RULES = [rule('r1', '1.1', 2, { kind: 'fixed', points: 2 }), rule('r2', '1.2', 3, { kind: 'range', min: 0, max: 3 }), rule('r3', '2.1', 0, { kind: 'veto', condition: '发生伪科学活动' })];
const INDICATORS = [indicator('i1', '1', 5), indicator('i2', '2', 0)];

function data(progress: [string, Partial<RuleProgress>][], self: Score[], expert: Score[]): CampaignScoringData {
  return {
    campaign: { id: 'c', state: 'creation.evidence' },
    system: {
      totalScore: 5,
      indicators: [
        { id: 'i1', code: '1', title: '指标1', maxScore: 5, rules: RULES.slice(0, 2).map((r) => ({ id: r.id, code: r.code, text: r.text, points: Number(r.points), params: r.params })), children: [] },
        { id: 'i2', code: '2', title: '指标2', maxScore: 0, rules: [{ id: 'r3', code: '2.1', text: '规则2.1', points: 0, params: RULES[2].params }], children: [] },
      ],
    },
    indicators: INDICATORS.map((i) => ({ indicator: i, level: 1, parentCode: null })),
    rules: RULES.map((r) => ({ rule: r, indicator: INDICATORS[r.code.startsWith('1') ? 0 : 1] })),
    current: { self: new Map(self.map((s) => [s.rule.id, s])), expert: new Map(expert.map((s) => [s.rule.id, s])) },
    tasks: [],
    progress: new Map(progress.map(([id, p]) => [id, { tasks: 1, approved: 0, late: 0, returned: 0, departments: [], ...p }])),
    today: '2022-06-01',
  } as unknown as CampaignScoringData;
}

describe('buildScoreboard → campaignScores', () => {
  it('computes self, expert and projected totals with the scoring library and lays them out per indicator and rule', () => {
    const board = buildScoreboard(
      data(
        [
          ['r1', { approved: 1 }],
          ['r2', { late: 1, departments: ['区科协'] }],
        ],
        [score('r1', 'self', 2), score('r2', 'self', 1.5)],
        [score('r2', 'expert', 1)],
      ),
    );
    const model = toCampaignScoresModel(board, { self: true, expert: false }, []);
    expect(model.self).toMatchObject({ points: 3.5, maxTotal: 5, scoredRules: 2, rules: 3, vetoed: false });
    expect(model.expert).toMatchObject({ points: 1, scoredRules: 1 });
    expect(model.projected.points).toBe(2);
    expect(model.indicators[0]).toMatchObject({ code: '1', self: 3.5, expert: 1, projected: 2 });
    expect(model.indicators[0].rules[1]).toMatchObject({ code: '1.2', maxPoints: 3, difference: -0.5, lateTasks: 1, projected: 0 });
    expect(model.pointsAtRisk).toEqual([expect.objectContaining({ ruleCode: '1.2', points: 1.5, departments: ['区科协'] })]);
  });

  it('reports a veto by rule code, from either source', () => {
    const board = buildScoreboard(data([], [], [score('r3', 'expert', 0, true)]));
    const model = toCampaignScoresModel(board, { self: false, expert: true }, []);
    expect(model.expert).toMatchObject({ vetoed: true, vetoedBy: ['2.1'] });
    expect(model.indicators[1].vetoed).toBe(true);
    expect(model.self.vetoed).toBe(false);
  });
});

describe('lateness', () => {
  it('is past the due day and not submitted or approved, on China’s calendar', () => {
    // What workflows/task.yaml's states mean (taskStateKinds), as the reader passes it.
    const states = { done: new Set(['approved']), submitted: new Set(['submitted']), returned: new Set(['returned']) };
    expect(isLate({ dueOn: '2022-05-31', state: 'in_progress' }, '2022-06-01', states)).toBe(true);
    expect(isLate({ dueOn: '2022-05-31', state: 'submitted' }, '2022-06-01', states)).toBe(false);
    expect(isLate({ dueOn: '2022-05-31', state: 'approved' }, '2022-06-01', states)).toBe(false);
    expect(isLate({ dueOn: '2022-06-01', state: 'returned' }, '2022-06-01', states)).toBe(false);
    // Another workflow's names: its own done and submitted states are not late, whatever they are called.
    const other = { done: new Set(['accepted']), submitted: new Set(['waiting']), returned: new Set() as Set<string> };
    expect(isLate({ dueOn: '2022-05-31', state: 'waiting' }, '2022-06-01', other)).toBe(false);
    expect(isLate({ dueOn: '2022-05-31', state: 'approved' }, '2022-06-01', other)).toBe(true);
  });
});
