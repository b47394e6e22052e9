// The kinds of scoring rule the API sends (`ScoringRule.kind`), with their Chinese labels and
// the colours of their tags. An unknown kind is still shown, under its own name, in grey.

export type ScoringRuleKind =
  | 'fixed'
  | 'range'
  | 'alternative'
  | 'tiered'
  | 'perItem'
  | 'conditionalCap'
  | 'veto'
  | 'series'
  | 'verdict';

export interface ScoringRuleKindView {
  label: string;
  /** What the kind means, for a tooltip. */
  hint: string;
  /** Text, background and border colours of the tag. */
  color: string;
  background: string;
  border: string;
}

export const SCORING_RULE_KINDS: Readonly<Record<ScoringRuleKind, ScoringRuleKindView>> = {
  fixed: { label: '固定分值', hint: '达到即得规定分值，否则不得分', color: '#1d4ed8', background: '#eff6ff', border: '#bfdbfe' },
  range: { label: '区间评分', hint: '由评审视工作情况在分值区间内打分', color: '#0f766e', background: '#f0fdfa', border: '#99f6e4' },
  alternative: { label: '择一赋分', hint: '按所符合的情形取其一赋分', color: '#7e22ce', background: '#faf5ff', border: '#e9d5ff' },
  tiered: { label: '分档赋分', hint: '在参评单位中按排名由高到低分档赋分', color: '#4338ca', background: '#eef2ff', border: '#c7d2fe' },
  perItem: { label: '按项计分(封顶)', hint: '每完成一项计分，累计不超过上限', color: '#15803d', background: '#f0fdf4', border: '#bbf7d0' },
  conditionalCap: { label: '条件封顶', hint: '未满足条件时得分不超过规定上限', color: '#c2410c', background: '#fff7ed', border: '#fed7aa' },
  veto: { label: '一票否决', hint: '出现所列情形即取消创建资格', color: '#ffffff', background: '#c81e1e', border: '#c81e1e' },
  series: { label: '逐年递增', hint: '所列年份逐年递增方得分，否则不得分', color: '#a16207', background: '#fefce8', border: '#fde68a' },
  verdict: { label: '达标判定', hint: '不计分：按判定等级（如 达标 / 基本达标 / 未达标）评判', color: '#166534', background: '#ecfdf5', border: '#a7f3d0' },
};

const UNKNOWN_KIND: Omit<ScoringRuleKindView, 'label'> = {
  hint: '未登记的评分方式',
  color: '#606266',
  background: '#f4f4f5',
  border: '#dcdfe6',
};

export function isScoringRuleKind(kind: string): kind is ScoringRuleKind {
  return Object.prototype.hasOwnProperty.call(SCORING_RULE_KINDS, kind);
}

export function scoringRuleKindView(kind: string): ScoringRuleKindView {
  return isScoringRuleKind(kind) ? SCORING_RULE_KINDS[kind] : { label: kind || '未分类', ...UNKNOWN_KIND };
}

export function scoringRuleKindLabel(kind: string): string {
  return scoringRuleKindView(kind).label;
}
