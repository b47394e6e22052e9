import { describe, expect, it } from 'vitest';
import { indicatorsFixture } from '../../../testing/indicator-tree.fixture';
import {
  flattenIndicatorTree,
  formatPoints,
  leadUnitsOf,
  orderUnits,
  summarizeIndicatorTree,
  type IndicatorNode,
} from './indicator-tree.model';

const node = (id: string, maxScore: number | null, children: IndicatorNode[] = [], rules = 0): IndicatorNode => ({
  id,
  code: id,
  title: `指标${id}`,
  maxScore,
  level: 1,
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
