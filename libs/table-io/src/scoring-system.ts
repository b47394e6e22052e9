import type { ScoringSystem, SystemIndicator } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator } from './indicator-table';

/**
 * An indicator of a table in the scoring library's shape. Ids are positions (`0`, `0/2`), rule ids
 * `<indicator id>#<n>`, so a table can be totalled (maxima for a preview) before it is stored.
 */
export function toSystemIndicator(indicator: TableIndicator, id: string): SystemIndicator {
  return {
    id,
    code: indicator.code,
    title: indicator.title,
    maxScore: indicator.maxScore,
    rules: indicator.rules.map((rule, index) => ({ id: `${id}#${index + 1}`, code: `${indicator.code}.${index + 1}`, text: rule.text, points: rule.points, params: rule.scoring })),
    children: (indicator.children ?? []).map((child, index) => toSystemIndicator(child, `${id}/${index}`)),
    weight: indicator.weight ?? null,
    scoringMode: indicator.scoringMode ?? null,
    elective: indicator.elective ?? null,
  };
}

/** A table as a scoring system (ids are positions), e.g. to show every node's maximum in a preview. */
export function toScoringSystem(table: IndicatorTable): ScoringSystem {
  return {
    totalScore: table.totalScore,
    indicators: table.indicators.map((indicator, index) => toSystemIndicator(indicator, String(index))),
    scoringMode: table.scoringMode ?? null,
    verdicts: table.verdicts ?? null,
  };
}
