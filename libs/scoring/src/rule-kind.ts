/** The kinds of scoring rule found in the standards; each rule's parameters are data. */
export const RULE_KINDS = ['fixed', 'range', 'alternative', 'tiered', 'perItem', 'conditionalCap', 'veto', 'series'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  fixed: '固定分值',
  range: '区间评分',
  alternative: '择一赋分',
  tiered: '分档赋分',
  perItem: '按项计分（封顶）',
  conditionalCap: '条件封顶',
  veto: '一票否决',
  series: '逐年递增',
};

export type RuleParams =
  | { kind: 'fixed'; points: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'alternative'; options: { label: string; points: number }[] }
  | {
      kind: 'tiered';
      min: number;
      max: number;
      /** What applicants are ranked by, e.g. 2020年人均财政科普经费数. */
      basis?: string;
      order?: 'asc' | 'desc';
      /** Points between tiers; 1 when absent. */
      step?: number;
      /** How a single applicant is judged instead (视情况得1-5分). */
      singleApplicant?: { kind: 'range'; min: number; max: number };
    }
  | { kind: 'perItem'; each: number; cap: number; item?: string }
  | { kind: 'conditionalCap'; min: number; max: number; cap: number; condition: string }
  | { kind: 'veto'; condition: string }
  | { kind: 'series'; points: number; years: number[]; condition?: string };
