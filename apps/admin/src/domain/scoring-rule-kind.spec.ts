import { describe, expect, it } from 'vitest';
import { SCORING_RULE_KINDS, scoringRuleKindLabel, scoringRuleKindView } from './scoring-rule-kind';

describe('scoring rule kinds', () => {
  it('labels every kind of the Shapingba table in Chinese', () => {
    expect(scoringRuleKindLabel('fixed')).toBe('固定分值');
    expect(scoringRuleKindLabel('range')).toBe('区间评分');
    expect(scoringRuleKindLabel('alternative')).toBe('择一赋分');
    expect(scoringRuleKindLabel('tiered')).toBe('分档赋分');
    expect(scoringRuleKindLabel('perItem')).toBe('按项计分(封顶)');
    expect(scoringRuleKindLabel('conditionalCap')).toBe('条件封顶');
    expect(scoringRuleKindLabel('veto')).toBe('一票否决');
    expect(scoringRuleKindLabel('series')).toBe('逐年递增');
    expect(Object.keys(SCORING_RULE_KINDS)).toHaveLength(9);
  });

  it('gives each kind its own colour', () => {
    const backgrounds = Object.values(SCORING_RULE_KINDS).map((k) => k.background);
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });

  it('still shows a kind it does not know, under its own name', () => {
    expect(scoringRuleKindLabel('bonus')).toBe('bonus');
    expect(scoringRuleKindLabel('')).toBe('未分类');
    expect(scoringRuleKindView('toString').label).toBe('toString');
  });
});
