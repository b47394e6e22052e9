import { sumPoints } from './points';

/** A rule of the system being totalled: `points` is the most it can earn (0 for a veto). */
export interface SystemRule {
  id: string;
  code: string;
  text: string;
  points: number;
  params: Record<string, unknown>;
}

/** An indicator: its own rules plus its sub-indicators (three-level systems). */
export interface SystemIndicator {
  id: string;
  code: string;
  title: string;
  /** The indicator's cap; null when the system gives it no points. */
  maxScore: number | null;
  rules: SystemRule[];
  children: SystemIndicator[];
}

export interface ScoringSystem {
  /** The stated total (100); null when the system has none. */
  totalScore: number | null;
  indicators: SystemIndicator[];
}

/** The recorded (or projected) outcome of one rule. */
export interface RecordedScore {
  points: number;
  vetoed: boolean;
}

export type ScoresByRule = ReadonlyMap<string, RecordedScore>;

export interface IndicatorTotal {
  id: string;
  code: string;
  title: string;
  level: number;
  maxScore: number | null;
  /** After the indicator's cap. */
  points: number;
  /** Before the cap: the sum of its rules and sub-indicators. */
  uncapped: number;
  capped: boolean;
  /** Rules under it (sub-indicators included) that have a score. */
  scoredRules: number;
  rules: number;
  vetoed: boolean;
  children: IndicatorTotal[];
}

export interface CampaignTotals {
  indicators: IndicatorTotal[];
  /** The campaign's points after every cap; shown even when vetoed. */
  points: number;
  uncapped: number;
  capped: boolean;
  /** The stated total, or the sum of the indicators' maxima when there is none. */
  maxTotal: number;
  /** A veto rule was triggered: the campaign fails whatever its points (取消创建资格). */
  vetoed: boolean;
  /** The ids of the triggered veto rules. */
  vetoedBy: string[];
  scoredRules: number;
  rules: number;
  /** Every rule has a score. */
  complete: boolean;
}

function maxOf(indicator: SystemIndicator): number {
  if (indicator.maxScore !== null) return indicator.maxScore;
  return sumPoints([...indicator.rules.map((rule) => rule.points), ...indicator.children.map(maxOf)]);
}

function totalOf(indicator: SystemIndicator, level: number, scores: ScoresByRule, vetoedBy: string[]): IndicatorTotal {
  const children = indicator.children.map((child) => totalOf(child, level + 1, scores, vetoedBy));
  const ruleScores = indicator.rules.map((rule) => scores.get(rule.id));
  indicator.rules.forEach((rule, index) => {
    if (ruleScores[index]?.vetoed) vetoedBy.push(rule.id);
  });
  const uncapped = sumPoints([...ruleScores.map((score) => score?.points ?? 0), ...children.map((child) => child.points)]);
  const capped = indicator.maxScore !== null && uncapped > indicator.maxScore;
  return {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    level,
    maxScore: indicator.maxScore,
    points: capped ? (indicator.maxScore as number) : uncapped,
    uncapped,
    capped,
    scoredRules: ruleScores.filter(Boolean).length + children.reduce((sum, child) => sum + child.scoredRules, 0),
    rules: indicator.rules.length + children.reduce((sum, child) => sum + child.rules, 0),
    vetoed: ruleScores.some((score) => score?.vetoed) || children.some((child) => child.vetoed),
    children,
  };
}

/**
 * Totals a system's rule scores: each indicator is the sum of its rules and sub-indicators,
 * capped at its maxScore; the campaign is the sum of the top-level indicators, capped at the
 * stated total. A triggered veto marks the campaign failed but the points are still shown.
 * Rules without a score count 0. Scores of rules not in the system are ignored.
 */
export function totals(system: ScoringSystem, scores: ScoresByRule): CampaignTotals {
  const vetoedBy: string[] = [];
  const indicators = system.indicators.map((indicator) => totalOf(indicator, 1, scores, vetoedBy));
  const uncapped = sumPoints(indicators.map((indicator) => indicator.points));
  const maxTotal = system.totalScore ?? sumPoints(system.indicators.map(maxOf));
  const capped = system.totalScore !== null && uncapped > system.totalScore;
  const scoredRules = indicators.reduce((sum, indicator) => sum + indicator.scoredRules, 0);
  const rules = indicators.reduce((sum, indicator) => sum + indicator.rules, 0);
  return {
    indicators,
    points: capped ? (system.totalScore as number) : uncapped,
    uncapped,
    capped,
    maxTotal,
    vetoed: vetoedBy.length > 0,
    vetoedBy,
    scoredRules,
    rules,
    complete: scoredRules === rules,
  };
}

/** Every rule of the system in table order (depth first), with the indicator it belongs to. */
export function rulesInOrder(system: ScoringSystem): { rule: SystemRule; indicator: SystemIndicator }[] {
  const out: { rule: SystemRule; indicator: SystemIndicator }[] = [];
  const visit = (indicator: SystemIndicator) => {
    indicator.rules.forEach((rule) => out.push({ rule, indicator }));
    indicator.children.forEach(visit);
  };
  system.indicators.forEach(visit);
  return out;
}

/** Flattens indicator totals depth first (table order), for lists and exports. */
export function flattenTotals(indicators: IndicatorTotal[]): IndicatorTotal[] {
  return indicators.flatMap((indicator) => [indicator, ...flattenTotals(indicator.children)]);
}
