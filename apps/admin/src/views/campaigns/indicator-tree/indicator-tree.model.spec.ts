import { describe, expect, it } from 'vitest';
import { indicatorsFixture } from '../../../testing/indicator-tree.fixture';
import { at } from '../../../testing/at';
import { flattenIndicatorTree, formatPoints, leadUnitsOf, nestIndicators, orderUnits, summarizeIndicatorTree, type IndicatorNode } from './indicator-tree.model';

const node = (id: string, maxScore: number | null, children: IndicatorNode[] = [], rules = 0): IndicatorNode => ({
  id,
  code: id,
  title: `指标${id}`,
  maxScore,
  level: 1,
  electiveChoice: null,
  electiveChosen: null,
  children,
  requirements: [{ id: `${id}-r`, code: `${id}-1`, text: '材料' }],
  scoringRules: Array.from({ length: rules }, (_, i) => ({
    id: `${id}-s${i}`,
    code: `${id}.${i}`,
    text: '规则',
    points: 1,
    kind: 'fixed',
    params: null,
    note: null,
    responsibleUnits: [],
  })),
});

describe('indicator tree model', () => {
  it('sums the summary line over the whole tree', () => {
    expect(summarizeIndicatorTree(indicatorsFixture)).toEqual({
      indicatorCount: 2,
      requirementCount: 5,
      ruleCount: 6,
      totalScore: 24,
    });
  });

  it('flattens a multi-level tree depth-first, counting rules below a parent', () => {
    const tree = [node('A', null, [node('A1', 3, [], 2), node('A2', 2.5, [], 1)]), node('B', 4, [], 1)];
    const rows = flattenIndicatorTree(tree);
    expect(rows.map((r) => [r.id, r.depth, r.parentId, r.ruleCount])).toEqual([
      ['A', 0, null, 3],
      ['A1', 1, 'A', 2],
      ['A2', 1, 'A', 1],
      ['B', 0, null, 1],
    ]);
    // A parent without its own maximum is worth what its children add up to.
    expect(summarizeIndicatorTree(tree)).toMatchObject({ indicatorCount: 4, requirementCount: 4, ruleCount: 4, totalScore: 9.5 });
  });

  it('shows how an elective group was chosen, marks its options, and greys an unchosen option with what is under it', () => {
    const chosenAt = new Date(2026, 11, 5, 9, 5).toISOString();
    const option = (id: string, chosen: boolean, children: IndicatorNode[] = []): IndicatorNode => ({ ...node(id, 10, children, 1), electiveChosen: chosen });
    const group: IndicatorNode = {
      ...node('3', 20, [option('3.1', true), option('3.2', false, [node('3.2.1', 10, [], 1)]), option('3.3', true)]),
      electiveChoice: { text: '选做：已选 2 项（任选2项）', decided: true, chosenCount: 2, optionCount: 3, chosenBy: '区科协办公室', chosenAt },
    };
    const rows = flattenIndicatorTree([group, node('4', 5)]);
    expect(rows.map((r) => [r.id, r.electiveMark, r.unchosen])).toEqual([
      ['3', null, false],
      ['3.1', 'chosen', false],
      ['3.2', 'unchosen', true],
      ['3.2.1', null, true],
      ['3.3', 'chosen', false],
      ['4', null, false],
    ]);
    expect(at(rows, 0).electiveLine).toBe('选做：已选 2 项（任选2项） · 区科协办公室 2026年12月5日 09:05 选定');
    expect(at(rows, 1).electiveLine).toBeNull();
  });

  it('marks no option while the group is not decided (every option has its tasks)', () => {
    const group: IndicatorNode = {
      ...node('3', 20, [node('3.1', 10), node('3.2', 10)]),
      electiveChoice: { text: '选做：尚未选择，各项暂都计入（任选1项）', decided: false, chosenCount: 0, optionCount: 2, chosenBy: null, chosenAt: null },
    };
    const rows = flattenIndicatorTree([group]);
    expect(rows.map((r) => [r.electiveMark, r.unchosen])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
    expect(at(rows, 0).electiveLine).toBe('选做：尚未选择，各项暂都计入（任选1项）');
  });

  it('rebuilds a four-level tree from the flat list in table order', () => {
    const flat = (id: string, parentId: string | null, level: number) => ({ ...node(id, null), parentId, level, children: undefined });
    const tree = nestIndicators([flat('1', null, 1), flat('1.1', '1', 2), flat('1.1.1', '1.1', 3), flat('1.1.1.1', '1.1.1', 4), flat('1.2', '1', 2), flat('2', null, 1), flat('orphan', 'gone', 2)]);
    expect(flattenIndicatorTree(tree).map((row) => [row.code, row.depth])).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1.1.1', 2],
      ['1.1.1.1', 3],
      ['1.2', 1],
      ['2', 0],
      ['orphan', 0],
    ]);
  });

  it('counts an indicator once when the API also lists it at the top level', () => {
    const child = node('A1', 3, [], 1);
    const tree = [node('A', 3, [child]), child];
    expect(flattenIndicatorTree(tree).map((r) => r.id)).toEqual(['A', 'A1']);
    expect(summarizeIndicatorTree(tree)).toMatchObject({ indicatorCount: 2, totalScore: 3 });
  });

  it('lists lead units once each and puts them first', () => {
    const first = indicatorsFixture[0];
    expect(first).toBeDefined();
    expect(leadUnitsOf(first?.scoringRules ?? [])).toEqual(['区委办', '区科协']);
    const units = [
      { name: '区政府办', role: 'support' as const },
      { name: '区委办', role: 'lead' as const },
    ];
    expect(orderUnits(units).map((u) => u.name)).toEqual(['区委办', '区政府办']);
  });

  it('writes points without trailing zeros or float noise', () => {
    expect(formatPoints(2)).toBe('2');
    expect(formatPoints(0.5)).toBe('0.5');
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
    expect(formatPoints(null)).toBe('—');
  });
});
