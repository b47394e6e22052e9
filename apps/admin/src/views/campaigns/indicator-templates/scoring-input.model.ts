import type { RuleScoringInput } from '../../../graphql/generated/graphql';
import type { RuleScoring } from './template-editor.model';

// The editor holds a rule's scoring as the flat RuleScoring it reads (every parameter, the
// unused ones empty); the API takes one input per kind with exactly that kind's parameters.

type NumberParam = 'points' | 'min' | 'max' | 'each' | 'cap';

/** The input, or the numbers the kind needs that the form has left empty (the API cannot take them). */
export type ScoringInputRead = { ok: true; input: RuleScoringInput } | { ok: false; missing: NumberParam[] };

const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

export function toScoringInput(scoring: RuleScoring): ScoringInputRead {
  const missing: NumberParam[] = [];
  const number = (field: NumberParam): number => {
    const value = scoring[field];
    if (value === null || value === undefined) missing.push(field);
    return value ?? 0;
  };
  // Empty text, options and years are sent as they are: the API's check names them at the rule.
  const condition = scoring.condition ?? '';
  const input = ((): RuleScoringInput => {
    switch (scoring.kind) {
      case 'fixed':
        return { fixed: { points: number('points') } };
      case 'range':
        return { range: { min: number('min'), max: number('max') } };
      case 'alternative':
        return { alternative: { options: (scoring.options ?? []).map(({ label, points }) => ({ label, points })) } };
      case 'tiered': {
        const single = scoring.singleApplicant;
        return {
          tiered: { min: number('min'), max: number('max'), basis: given(scoring.basis), order: given(scoring.order), step: given(scoring.step), singleApplicant: single ? { min: single.min, max: single.max } : undefined },
        };
      }
      case 'perItem':
        return { perItem: { each: number('each'), cap: number('cap'), item: given(scoring.item) } };
      case 'conditionalCap':
        return { conditionalCap: { min: number('min'), max: number('max'), cap: number('cap'), condition } };
      case 'veto':
        return { veto: { condition } };
      case 'series':
        return { series: { points: number('points'), years: [...(scoring.years ?? [])], condition: given(scoring.condition) } };
      case 'verdict':
        return { verdict: true };
    }
  })();
  return missing.length > 0 ? { ok: false, missing } : { ok: true, input };
}
