import type { RuleScoringFieldsFragment, RuleScoringInput, ScoringRuleKind } from '../graphql/generated/graphql';

// A rule's scoring as the API reads it back (RuleScoring), from the input that would store it:
// the field of the kind with its optional parameters null, every other kind's field null — the
// whole selection, so that Apollo's cache keeps it and the fake answers what the server would.

const NO_KIND = { fixed: null, range: null, alternative: null, tiered: null, perItem: null, conditionalCap: null, veto: null, series: null, verdict: null };
const OPTIONAL: Partial<Record<ScoringRuleKind, string[]>> = { tiered: ['basis', 'order', 'step', 'singleApplicant'], perItem: ['item'], series: ['condition'] };

export function ruleScoringOf(input: RuleScoringInput): RuleScoringFieldsFragment {
  const given = Object.entries(input).filter(([, member]) => member !== null && member !== undefined);
  if (given.length !== 1) throw new Error(`a rule's scoring has exactly one kind, not ${given.length}`);
  const [[kind, member]] = given as [[ScoringRuleKind, unknown]];
  const nulls = Object.fromEntries((OPTIONAL[kind] ?? []).map((field) => [field, null]));
  const defined = typeof member === 'object' ? Object.fromEntries(Object.entries(member as object).filter(([, value]) => value !== undefined)) : member;
  return { ...NO_KIND, kind, [kind]: typeof member === 'object' ? { ...nulls, ...(defined as object) } : member } as RuleScoringFieldsFragment;
}
