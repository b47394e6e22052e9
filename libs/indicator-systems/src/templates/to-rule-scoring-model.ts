import type { ScoringParams } from '@accredit/table-io';
import { RuleScoringModel } from './rule-scoring.model';
import { toTemplateScoring } from './template-tree';

/** A rule's stored parameters as the typed RuleScoring (its kind and that kind's parameters; the others empty). */
export function toRuleScoringModel(params: Record<string, unknown>): RuleScoringModel {
  return Object.assign(new RuleScoringModel(), {
    points: null,
    min: null,
    max: null,
    each: null,
    cap: null,
    item: null,
    condition: null,
    basis: null,
    order: null,
    step: null,
    options: null,
    years: null,
    singleApplicant: null,
    ...toTemplateScoring(params as ScoringParams),
  });
}
