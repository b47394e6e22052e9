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
  | { kind: 'tiered'; min: number; max: number; basis?: string; order?: 'asc' | 'desc'; singleApplicant?: unknown }
  | { kind: 'perItem'; each: number; cap: number; item?: string }
  | { kind: 'conditionalCap'; min: number; max: number; cap: number; condition: string }
  | { kind: 'veto'; condition: string }
  | { kind: 'series'; points: number; years: number[]; condition?: string };
