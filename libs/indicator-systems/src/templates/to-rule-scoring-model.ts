import type { ScoringParams } from '@accredit/table-io';
import { RuleScoringModel } from './rule-scoring.model';

/** Every parameter empty: the output is one flat object, of which the rule's kind fills its own. */
const NO_PARAMETERS = { points: null, min: null, max: null, each: null, cap: null, item: null, condition: null, basis: null, order: null, step: null, options: null, years: null };

/** A rule's parameters as the flat RuleScoring: its kind and that kind's parameters, the others empty. */
export function toRuleScoringModel(params: ScoringParams): RuleScoringModel {
  const single = params.kind === 'tiered' && params.singleApplicant ? { min: params.singleApplicant.min, max: params.singleApplicant.max } : null;
  return Object.assign(new RuleScoringModel(), NO_PARAMETERS, params, { singleApplicant: single });
}
