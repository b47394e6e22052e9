import { type ElectiveOptionMark, electiveChoiceLine, electiveOptionMark } from '../../../domain/elective-choice';
import type { ScoreSheetQuery } from '../../../graphql/generated/graphql';

// The score sheet's rows, and what an indicator shows of the campaign's elective choices (选做).
// Pure functions, tested on their own.

export type ScoreSheet = ScoreSheetQuery['campaignScores'];
export type IndicatorLine = ScoreSheet['indicators'][number];
export type RuleLine = IndicatorLine['rules'][number];

/** One row of the score table: an indicator, or one of its rules under it. */
export type ScoreRow = { type: 'indicator'; key: string; indicator: IndicatorLine } | { type: 'rule'; key: string; indicator: IndicatorLine; rule: RuleLine };

/** The table's rows: each indicator in table order, its own rules right under it. */
export function scoreRows(indicators: readonly IndicatorLine[]): ScoreRow[] {
  return indicators.flatMap((indicator) => [
    { type: 'indicator' as const, key: `i-${indicator.indicatorId}`, indicator },
    ...indicator.rules.map((rule) => ({ type: 'rule' as const, key: `r-${rule.ruleId}`, indicator, rule })),
  ]);
}

/** An indicator's elective note: the group's choice (who, when), an option's 已选 / 未选, and whether it counts nothing. */
export function indicatorElective(indicator: Pick<IndicatorLine, 'electiveChoice' | 'electiveChosen' | 'unchosen'>): { line: string | null; mark: ElectiveOptionMark; unchosen: boolean } {
  return { line: electiveChoiceLine(indicator.electiveChoice), mark: electiveOptionMark(indicator.electiveChosen), unchosen: indicator.unchosen };
}
