import { describe, expect, it } from 'vitest';
import { type IndicatorLine, indicatorElective, scoreRows } from './score-sheet.model';

const indicator = (code: string, extra: Partial<IndicatorLine> = {}): IndicatorLine =>
  ({
    indicatorId: `i-${code}`,
    code,
    parentCode: null,
    level: 1,
    title: `指标${code}`,
    maxScore: 10,
    self: 0,
    selfCapped: false,
    expert: 0,
    expertCapped: false,
    projected: 0,
    vetoed: false,
    scored: true,
    selfVerdict: null,
    expertVerdict: null,
    electiveChoice: null,
    electiveChosen: null,
    unchosen: false,
    rules: [],
    ...extra,
  }) as IndicatorLine;

describe('score sheet model', () => {
  it('lays out each indicator with its own rules under it', () => {
    const rule = { ruleId: 'r1', code: '1.1' } as IndicatorLine['rules'][number];
    expect(scoreRows([indicator('1', { rules: [rule] }), indicator('2')]).map((row) => row.key)).toEqual(['i-i-1', 'r-r1', 'i-i-2']);
  });

  it('says how an elective group was chosen, and marks an option not chosen as counting nothing', () => {
    const group = indicator('3', { electiveChoice: { text: '选做：已选 1 项（任选1项）', decided: true, chosenBy: '区科协办公室', chosenAt: new Date(2026, 11, 5, 8, 0).toISOString() } });
    expect(indicatorElective(group)).toEqual({ line: '选做：已选 1 项（任选1项） · 区科协办公室 2026年12月5日 08:00 选定', mark: null, unchosen: false });
    expect(indicatorElective(indicator('3.1', { electiveChosen: true }))).toEqual({ line: null, mark: 'chosen', unchosen: false });
    expect(indicatorElective(indicator('3.2', { electiveChosen: false, unchosen: true }))).toEqual({ line: null, mark: 'unchosen', unchosen: true });
    // Under an option not chosen: no mark of its own, still greyed.
    expect(indicatorElective(indicator('3.2.1', { unchosen: true }))).toEqual({ line: null, mark: null, unchosen: true });
  });
});
