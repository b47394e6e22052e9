import { rankDepartments, rankingScore } from './ranking';

const unit = (name: string, total: number, done: number, overdue: number, order = 0) => ({ name, total, done, overdue, order });
const names = (rows: ReadonlyArray<{ name: string }>) => rows.map((r) => r.name);

describe('红黑榜', () => {
  it('weighs overdue work against approvals: two approvals do not outrank forty late tasks', () => {
    const ranked = rankDepartments([unit('拖延局', 42, 2, 40), unit('按时局', 10, 1, 0), unit('未开始局', 5, 0, 0)]);
    expect(names(ranked)).toEqual(['按时局', '未开始局', '拖延局']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0]!.score).toBe(0.1);
    expect(ranked[2]!.score).toBe(-0.905);
  });

  it('never puts a unit at 0 % completion on the 红榜, nor one whose late work outweighs its approvals', () => {
    const ranked = rankDepartments([unit('零完成', 8, 0, 0), unit('零完成且逾期', 8, 0, 3), unit('功过相抵', 8, 2, 2), unit('有进展', 8, 3, 1)]);
    expect(names(ranked.filter((r) => r.board === 'red'))).toEqual(['有进展']);
    expect(ranked.find((r) => r.name === '零完成')!.board).toBeNull();
    // Late work puts a unit on the 黑榜; nothing late, nothing to blame yet.
    expect(names(ranked.filter((r) => r.board === 'black'))).toEqual(['功过相抵', '零完成且逾期']);
  });

  it('keeps the two boards apart and at most `size` long, the worst last', () => {
    const rows = Array.from({ length: 30 }, (_, i) => unit(`单位${i + 1}`, 10, 10 - Math.floor(i / 3), i % 3, i));
    const ranked = rankDepartments(rows, 10);
    const red = ranked.filter((r) => r.board === 'red');
    const black = ranked.filter((r) => r.board === 'black');
    expect(red).toHaveLength(10);
    expect(black).toHaveLength(10);
    expect(red.every((r) => r.score > 0)).toBe(true);
    expect(black.every((r) => r.overdue > 0 && r.board !== 'red')).toBe(true);
    expect(black.at(-1)!.rank).toBe(Math.max(...ranked.filter((r) => r.overdue > 0).map((r) => r.rank)));
  });

  it("breaks ties by more approvals, then fewer overdue, then the organisation's order", () => {
    const ranked = rankDepartments([unit('乙', 4, 0, 0, 2), unit('甲', 4, 0, 0, 1), unit('多通过', 8, 2, 2, 3)]);
    expect(names(ranked)).toEqual(['多通过', '甲', '乙']);
  });

  it('scores a unit without tasks as 0', () => {
    expect(rankingScore({ total: 0, done: 0, overdue: 0 })).toBe(0);
  });
});
