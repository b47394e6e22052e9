import { describe, expect, it } from 'vitest';
import { phaseBar, redAndBlack, sumPoints } from './dashboard.model';

const phases = [
  { key: 'preparation', name: '筹备阶段', startsOn: '2021-12-01', endsOn: '2022-03-31' },
  { key: 'creation', name: '创建阶段', startsOn: '2022-04-01', endsOn: '2022-11-30' },
  { key: 'accreditation', name: '认定阶段', startsOn: '2022-12-01', endsOn: '2023-01-31' },
];

describe('dashboard phase bar', () => {
  it('lays the phases on one axis in proportion and marks today inside', () => {
    const bar = phaseBar(phases, '2022-04-01')!;
    expect(bar.segments.map((s) => s.status)).toEqual(['done', 'current', 'upcoming']);
    expect(bar.segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(100, 5);
    expect(bar.todayLeft).toBeCloseTo(bar.segments[1]!.left, 5);
    expect(bar.todayWhere).toBe('inside');
    expect(bar.todayText).toBe('今天 2022年4月1日');
  });

  it('pins today to the end once the plan is over, and says by how much', () => {
    const bar = phaseBar(phases, '2023-02-10')!;
    expect(bar.todayWhere).toBe('after');
    expect(bar.todayLeft).toBe(100);
    expect(bar.todayText).toContain('超出 10 天');
  });

  it('has nothing to draw without dates', () => {
    expect(phaseBar([{ key: 'x', name: 'x' }], '2022-01-01')).toBeNull();
  });
});

describe('sum of points', () => {
  it('adds without binary noise', () => {
    expect(sumPoints([{ points: 0.1 }, { points: 0.2 }, { points: 2 }])).toBe(2.3);
  });
});

describe('红黑榜', () => {
  it('lists the units the API put on each board: the 红榜 best first, the 黑榜 worst first', () => {
    const rows = [
      { rank: 3, board: null },
      { rank: 5, board: 'black' },
      { rank: 1, board: 'red' },
      { rank: 4, board: 'black' },
      { rank: 2, board: 'red' },
    ];
    const { red, black } = redAndBlack(rows);
    expect(red.map((r) => r.rank)).toEqual([1, 2]);
    expect(black.map((r) => r.rank)).toEqual([5, 4]);
  });

  it('leaves a board empty when no unit qualifies (nobody at 0 % is praised)', () => {
    expect(redAndBlack([{ rank: 1, board: 'black' }]).red).toEqual([]);
  });
});
