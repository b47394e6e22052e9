/**
 * The in-memory shape of an indicator table (指标 / 考察内容 / 分值 / 评分规则 / 责任单位 / 备注),
 * whatever it was read from: a YAML template, an Excel sheet or a CSV file.
 */
/** A rule's scoring as data; `kind` selects the meaning of the other fields. */
export interface ScoringParams {
  kind: string;
  [parameter: string]: unknown;
}

export interface TableRule {
  text: string;
  /** The most the rule can earn. */
  points: number;
  scoring: ScoringParams;
  /** Units as written in the cell; empty when the cell was blank. */
  units: string[];
  note: string;
}

export interface TableRequirement {
  code: string;
  text: string;
}

export interface TableIndicator {
  code: string;
  title: string;
  maxScore: number | null;
  requirements: TableRequirement[];
  rules: TableRule[];
  children?: TableIndicator[];
}

export interface IndicatorTable {
  key: string;
  version: number;
  name: string;
  source?: string;
  totalScore: number | null;
  indicators: TableIndicator[];
}

/** A problem found while reading a table or template, with where it is. */
export interface TableProblem {
  /** e.g. indicatorSystem.indicators[3].rules[2].units */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}
