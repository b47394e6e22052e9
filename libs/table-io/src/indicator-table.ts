import type { ElectiveGroup, RuleParams, ScoringMode, VERDICT_RULE_KIND, VerdictScale } from '@accredit/scoring';

/**
 * The in-memory shape of an indicator system (指标 / 考察内容 / 分值 / 评分规则 / 责任单位 / 备注),
 * whatever it was read from: a YAML template, an Excel sheet or a CSV file. A tree of any depth;
 * optional fields are left out when they say nothing (a plain points system has none of them),
 * so a system reads back to the same object and the same checksum.
 */
/**
 * A rule's scoring as data: one of the eight points kinds with exactly its parameters, or a
 * verdict rule (judged, no parameters).
 */
export type ScoringParams = RuleParams | { kind: typeof VERDICT_RULE_KIND };

export interface TableRule {
  text: string;
  /** The most the rule can earn (0 for a veto or a verdict rule). */
  points: number;
  /** One of the eight points kinds, or `{kind: 'verdict'}` for a rule judged 达标 / 基本达标 / 未达标. */
  scoring: ScoringParams;
  /**
   * Units as written in the cell; empty when the cell was blank — it then inherits the units of
   * the rule above in the same indicator, and with none above it is the organisation's own work
   * (a task for the campaign organisation's office).
   */
  units: string[];
  note: string;
  /**
   * The rule is the organisation's own work although a rule above it names units (written
   * 「本单位」 in the 责任单位 cell): it does not inherit them. Blank cells below inherit this.
   */
  organisationOwned?: true;
}

export interface TableRequirement {
  code: string;
  text: string;
}

export interface TableIndicator {
  code: string;
  title: string;
  /** The maximum the table states; null when it states none (then: the sum of what is below). */
  maxScore: number | null;
  requirements: TableRequirement[];
  rules: TableRule[];
  children?: TableIndicator[];
  /** Its weight (权重) within a parent that scores by `weights`. */
  weight?: number;
  /**
   * `weights`: combines its sub-indicators by their weights; `verdicts`: this subtree is a
   * checklist (inside a scored system); `points` is the default and is not written.
   */
  scoringMode?: ScoringMode;
  /** Its sub-indicators are options a participant chooses from (选做). */
  elective?: ElectiveGroup;
}

export interface IndicatorTable {
  key: string;
  version: number;
  name: string;
  source?: string;
  totalScore: number | null;
  indicators: TableIndicator[];
  /** `weights`: the top-level indicators combine by weight; `verdicts`: a checklist, no points. */
  scoringMode?: ScoringMode;
  /** The verdicts of a checklist, best first; default 达标 / 基本达标 / 未达标. */
  verdicts?: VerdictScale;
}

/** A problem found while reading a table or template, with where it is. */
export interface TableProblem {
  /** e.g. indicatorSystem.indicators[3].rules[2].units */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}
