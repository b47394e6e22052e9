import { tr } from '../plugins/i18n';

// The kinds of scoring rule the API sends (`ScoringRule.kind`), with their labels and
// the colours of their tags. An unknown kind is still shown, under its own name, in grey.

export type ScoringRuleKind = 'fixed' | 'range' | 'alternative' | 'tiered' | 'perItem' | 'conditionalCap' | 'veto' | 'series' | 'verdict';

export interface ScoringRuleKindView {
  label: string;
  /** What the kind means, for a tooltip. */
  hint: string;
  /** Text, background and border colours of the tag. */
  color: string;
  background: string;
  border: string;
}

// Label and hint in the interface language, read each time (getters) so that a switch shows at once.
function view(kind: ScoringRuleKind | 'unknown', colours: Pick<ScoringRuleKindView, 'color' | 'background' | 'border'>): ScoringRuleKindView {
  return {
    ...colours,
    get label() {
      return tr(`domain.ruleKind.${kind}.label`);
    },
    get hint() {
      return tr(`domain.ruleKind.${kind}.hint`);
    },
  };
}

export const SCORING_RULE_KINDS: Readonly<Record<ScoringRuleKind, ScoringRuleKindView>> = {
  fixed: view('fixed', { color: '#1d4ed8', background: '#eff6ff', border: '#bfdbfe' }),
  range: view('range', { color: '#0f766e', background: '#f0fdfa', border: '#99f6e4' }),
  alternative: view('alternative', { color: '#7e22ce', background: '#faf5ff', border: '#e9d5ff' }),
  tiered: view('tiered', { color: '#4338ca', background: '#eef2ff', border: '#c7d2fe' }),
  perItem: view('perItem', { color: '#15803d', background: '#f0fdf4', border: '#bbf7d0' }),
  conditionalCap: view('conditionalCap', { color: '#c2410c', background: '#fff7ed', border: '#fed7aa' }),
  veto: view('veto', { color: '#ffffff', background: '#c81e1e', border: '#c81e1e' }),
  series: view('series', { color: '#a16207', background: '#fefce8', border: '#fde68a' }),
  verdict: view('verdict', { color: '#166534', background: '#ecfdf5', border: '#a7f3d0' }),
};

const UNKNOWN_KIND = view('unknown', { color: '#606266', background: '#f4f4f5', border: '#dcdfe6' });

export function isScoringRuleKind(kind: string): kind is ScoringRuleKind {
  return Object.prototype.hasOwnProperty.call(SCORING_RULE_KINDS, kind);
}

export function scoringRuleKindView(kind: string): ScoringRuleKindView {
  if (isScoringRuleKind(kind)) return SCORING_RULE_KINDS[kind];
  return { color: UNKNOWN_KIND.color, background: UNKNOWN_KIND.background, border: UNKNOWN_KIND.border, hint: UNKNOWN_KIND.hint, label: kind || UNKNOWN_KIND.label };
}

export function scoringRuleKindLabel(kind: string): string {
  return scoringRuleKindView(kind).label;
}
