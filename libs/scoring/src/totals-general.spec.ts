import { projectedScores } from './projection';
import { type RecordedScore, type ScoringSystem, type SystemIndicator, flattenTotals, totals } from './totals';

const range = (id: string, max: number) => ({ id, code: id, text: id, points: max, params: { kind: 'range', min: 0, max } });
const veto = (id: string) => ({ id, code: id, text: id, points: 0, params: { kind: 'veto', condition: '发生重大安全事故' } });
const leaf = (id: string, rules: SystemIndicator['rules'], extra: Partial<SystemIndicator> = {}): SystemIndicator => ({ id, code: id, title: id, maxScore: null, rules, children: [], ...extra });
const node = (id: string, children: SystemIndicator[], extra: Partial<SystemIndicator> = {}): SystemIndicator => ({ id, code: id, title: id, maxScore: null, rules: [], children, ...extra });
const scores = (entries: [string, number, boolean?][]) => new Map<string, RecordedScore>(entries.map(([id, points, vetoed]) => [id, { points, vetoed: vetoed ?? false }]));

/**
 * Four levels, weighted at the top and within A1, an elective group as A2:
 *   total 100 by weights: A1 (权重 40) · A2 (权重 60)
 *   A1 by weights: B1 (1) → C1 (分值 6) → D1 (r1 0–4), D2 (r2 0–2);  B2 (1) → C2 (r3 0–10)
 *   A2 (分值 20) 选做: C3 (r4 0–10), C4 (r5 0–10, veto v), C5 (r6 0–20)
 */
function system(elective: SystemIndicator['elective']): ScoringSystem {
  return {
    totalScore: 100,
    scoringMode: 'weights',
    indicators: [
      node('A1', [node('B1', [node('C1', [leaf('D1', [range('r1', 4)]), leaf('D2', [range('r2', 2)])], { maxScore: 6 })], { weight: 1 }), node('B2', [leaf('C2', [range('r3', 10)])], { weight: 1 })], {
        weight: 40,
        scoringMode: 'weights',
      }),
      node('A2', [leaf('C3', [range('r4', 10)]), leaf('C4', [range('r5', 10), veto('v')]), leaf('C5', [range('r6', 20)])], {
        weight: 60,
        maxScore: elective?.counting === 'bestN' ? null : 20,
        elective,
      }),
    ],
  };
}
const SCORES = scores([
  ['r1', 4],
  ['r2', 1],
  ['r3', 5],
  ['r4', 8],
  ['r5', 6],
  ['r6', 10],
]);

describe('totals: weights', () => {
  it('reads a weighted node as its maximum × the weighted mean of its children’s points ÷ maxima', () => {
    const result = totals(system({ min: 2, max: 2, counting: 'normalise' }), SCORES, { choices: new Map([['A2', ['C3', 'C4']]]) });
    const [a1, a2] = result.indicators;
    // C1 5/6, C2 5/10; A1 has no stated maximum: 6 + 10 = 16, so 16 × (½·5/6 + ½·5/10) = 10.67
    expect(a1).toMatchObject({ scoringMode: 'weights', maxPoints: 16, points: 10.67, share: 40, weight: 40 });
    expect(a1.children.map((b) => [b.points, b.maxPoints, b.share])).toEqual([
      [5, 6, 8],
      [5, 10, 8],
    ]);
    // A2: (8 + 6) / (10 + 10) × 20 = 14
    expect(a2).toMatchObject({ points: 14, maxPoints: 20, share: 60 });
    // 100 × (0.4 × 10.67/16 + 0.6 × 14/20) = 68.68
    expect(result).toMatchObject({ scoringMode: 'weights', maxTotal: 100, points: 68.68, hasPoints: true });
  });

  it('reaches the full total when every rule earns its maximum, at every depth', () => {
    const full = scores([
      ['r1', 4],
      ['r2', 2],
      ['r3', 10],
      ['r4', 10],
      ['r5', 10],
      ['r6', 20],
    ]);
    const result = totals(system({ min: 2, max: 2, counting: 'normalise' }), full, { choices: new Map([['A2', ['C3', 'C5']]]) });
    expect(result.points).toBe(100);
    expect(
      flattenTotals(result.indicators)
        .filter((i) => i.code.startsWith('D'))
        .map((i) => `${i.code}@${i.level}`),
    ).toEqual(['D1@4', 'D2@4']);
  });

  it('leaves out children without weight or without points', () => {
    const result = totals(
      { totalScore: 10, scoringMode: 'weights', indicators: [leaf('x', [range('rx', 5)], { weight: 1 }), leaf('y', [range('ry', 5)], { weight: 0 }), leaf('z', [], { weight: 3 })] },
      scores([
        ['rx', 5],
        ['ry', 0],
      ]),
    );
    expect(result.points).toBe(10);
  });
});

describe('totals: elective groups', () => {
  it('normalise: only the chosen options count, scaled to the group’s maximum; the others are shown, not counted', () => {
    const result = totals(system({ min: 2, max: 2, counting: 'normalise' }), SCORES, { choices: new Map([['A2', ['C3', 'C5']]]) });
    const a2 = result.indicators[1];
    // (8 + 10) / (10 + 20) × 20 = 12
    expect(a2.points).toBe(12);
    expect(a2.elective).toEqual({ min: 2, max: 2, counting: 'normalise', best: null, chosen: ['C3', 'C5'], recorded: true, problem: null });
    expect(a2.children.map((c) => [c.code, c.chosen, c.counted])).toEqual([
      ['C3', true, true],
      ['C4', false, false],
      ['C5', true, true],
    ]);
    // rules of an option not chosen are not expected to be scored
    expect(a2.rules).toBe(2);
  });

  it('bestN: the best N of the chosen count; the group’s maximum defaults to the N largest options', () => {
    const result = totals(system({ min: 2, max: 3, counting: 'bestN', best: 2 }), SCORES, { choices: new Map([['A2', ['C3', 'C4', 'C5']]]) });
    const a2 = result.indicators[1];
    expect(a2).toMatchObject({ maxPoints: 30, points: 18, elective: { best: 2, chosen: ['C3', 'C4', 'C5'] } });
    expect(a2.children.map((c) => [c.code, c.chosen, c.counted])).toEqual([
      ['C3', true, true],
      ['C4', true, false],
      ['C5', true, true],
    ]);
  });

  it('counts every option as chosen until a choice is recorded, and says what is wrong with a bad one', () => {
    const none = totals(system({ min: 2, max: 2, counting: 'normalise' }), SCORES);
    // (8 + 6 + 10) / 40 × 20
    expect(none.indicators[1]).toMatchObject({ points: 12, elective: { recorded: false, problem: null, chosen: ['C3', 'C4', 'C5'] } });
    const bad = totals(system({ min: 2, max: 2, counting: 'normalise' }), SCORES, { choices: new Map([['A2', ['C3']]]) });
    expect(bad.indicators[1].elective?.problem).toBe('至少要选 2 项，现选 1 项');
  });

  it('ignores a veto in an option not chosen, and keeps one in a chosen option that does not count', () => {
    const vetoed = new Map([...SCORES, ['v', { points: 0, vetoed: true }]]);
    expect(totals(system({ min: 2, max: 2, counting: 'normalise' }), vetoed, { choices: new Map([['A2', ['C3', 'C5']]]) }).vetoed).toBe(false);
    const best = totals(system({ min: 2, max: 3, counting: 'bestN', best: 2 }), vetoed, { choices: new Map([['A2', ['C3', 'C4', 'C5']]]) });
    expect(best).toMatchObject({ vetoed: true, vetoedBy: ['v'] });
    expect(best.indicators[1].children[1]).toMatchObject({ counted: false, vetoed: true });
  });

  it('caps a bestN group at a stated maximum', () => {
    const capped = system({ min: 2, max: 3, counting: 'bestN', best: 2 });
    capped.indicators[1].maxScore = 15;
    const result = totals(capped, SCORES, { choices: new Map([['A2', ['C3', 'C4', 'C5']]]) });
    expect(result.indicators[1]).toMatchObject({ points: 15, uncapped: 18, capped: true });
  });
});

describe('totals: points at any depth', () => {
  it('sums four levels bottom-up and takes the parent’s maximum from its children when the table states none', () => {
    const deep: ScoringSystem = { totalScore: null, indicators: [node('1', [node('1.1', [node('1.1.1', [leaf('1.1.1.1', [range('a', 3)]), leaf('1.1.1.2', [range('b', 2)])])])])] };
    const result = totals(
      deep,
      scores([
        ['a', 2],
        ['b', 2],
      ]),
    );
    expect(result).toMatchObject({ points: 4, maxTotal: 5 });
    expect(flattenTotals(result.indicators).map((i) => `${i.code}:${i.points}/${i.maxPoints}@${i.level}`)).toEqual(['1:4/5@1', '1.1:4/5@2', '1.1.1:4/5@3', '1.1.1.1:2/3@4', '1.1.1.2:2/2@4']);
  });
});

describe('projectedScores with checklist rules', () => {
  it('projects approved checklist work at its self verdict, or the best verdict until judged', () => {
    const checklist: ScoringSystem = {
      totalScore: null,
      scoringMode: 'verdicts',
      indicators: [
        leaf('C1', [
          { id: 'c1', code: 'c1', text: 'c1', points: 0, params: { kind: 'verdict' } },
          { id: 'c2', code: 'c2', text: 'c2', points: 0, params: { kind: 'verdict' } },
          { id: 'c3', code: 'c3', text: 'c3', points: 0, params: { kind: 'verdict' } },
        ]),
      ],
    };
    const done = { tasks: 1, approved: 1, late: 0, returned: 0 };
    const projected = projectedScores(
      checklist,
      new Map([['c2', { points: 0, vetoed: false, verdict: '基本达标' }]]),
      new Map([
        ['c1', done],
        ['c2', done],
        ['c3', { ...done, approved: 0 }],
      ]),
    );
    expect([...projected.values()].map((score) => score.verdict)).toEqual(['达标', '基本达标', null]);
    expect(totals(checklist, projected).indicators[0].verdicts).toMatchObject({ judged: 2, items: 3, verdict: null });
  });
});
