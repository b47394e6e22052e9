import type { ScoringParams } from '@accredit/table-io';
import { RuleScoringModel } from './rule-scoring.model';

/** Every kind's field empty: the rule's kind fills its own. */
const NO_KIND = { fixed: null, range: null, alternative: null, tiered: null, perItem: null, conditionalCap: null, veto: null, series: null, verdict: null };

/** The field named after the kind, with exactly its parameters (one case per kind). */
function byKind(params: ScoringParams): Partial<RuleScoringModel> {
  switch (params.kind) {
    case 'fixed':
      return { fixed: { points: params.points } };
    case 'range':
      return { range: { min: params.min, max: params.max } };
    case 'alternative':
      return { alternative: { options: params.options.map(({ label, points }) => ({ label, points })) } };
    case 'tiered': {
      const single = params.singleApplicant;
      return {
        tiered: {
          min: params.min,
          max: params.max,
          basis: params.basis ?? null,
          order: params.order ?? null,
          step: params.step ?? null,
          singleApplicant: single ? { min: single.min, max: single.max } : null,
        },
      };
    }
    case 'perItem':
      return { perItem: { each: params.each, cap: params.cap, item: params.item ?? null } };
    case 'conditionalCap':
      return { conditionalCap: { min: params.min, max: params.max, cap: params.cap, condition: params.condition } };
    case 'veto':
      return { veto: { condition: params.condition } };
    case 'series':
      return { series: { points: params.points, years: [...params.years], condition: params.condition ?? null } };
    case 'verdict':
      return { verdict: true };
  }
}

/** A rule's parameters as RuleScoring: its kind and the field of its kind (the other kinds' fields null). */
export function toRuleScoringModel(params: ScoringParams): RuleScoringModel {
  return Object.assign(new RuleScoringModel(), NO_KIND, { kind: params.kind }, byKind(params));
}
