import type { ScoringParams } from '@accredit/table-io';
import { type ScoringRuleKind, ScoringRuleKindEnum } from '../scoring-enums';
import type { RuleScoringInput } from './rule-scoring-kinds.model';
import { IndicatorSystemsRefusal, indicatorSystemsError } from '../indicator-systems.exception';

const KINDS = Object.values(ScoringRuleKindEnum);

/** A nullable optional input field as an absent parameter, so nothing empty is stored. */
const optional = <F extends string, V>(field: F, value: V | null | undefined): { [K in F]?: V } => (value === null || value === undefined ? {} : ({ [field]: value } as { [K in F]: V }));

/** The parameters of the one kind given; null when that field says nothing (verdict: false). */
function paramsOf(kind: ScoringRuleKind, input: RuleScoringInput): ScoringParams | null {
  switch (kind) {
    case 'fixed':
      return input.fixed ? { kind, points: input.fixed.points } : null;
    case 'range':
      return input.range ? { kind, min: input.range.min, max: input.range.max } : null;
    case 'alternative':
      return input.alternative ? { kind, options: input.alternative.options.map(({ label, points }) => ({ label, points })) } : null;
    case 'tiered': {
      const tiered = input.tiered;
      if (!tiered) return null;
      const single = tiered.singleApplicant;
      return {
        kind,
        min: tiered.min,
        max: tiered.max,
        ...optional('basis', tiered.basis),
        ...optional('order', tiered.order),
        ...optional('step', tiered.step),
        ...optional('singleApplicant', single && { kind: 'range' as const, min: single.min, max: single.max }),
      };
    }
    case 'perItem':
      return input.perItem ? { kind, each: input.perItem.each, cap: input.perItem.cap, ...optional('item', input.perItem.item) } : null;
    case 'conditionalCap': {
      const capped = input.conditionalCap;
      return capped ? { kind, min: capped.min, max: capped.max, cap: capped.cap, condition: capped.condition } : null;
    }
    case 'veto':
      return input.veto ? { kind, condition: input.veto.condition } : null;
    case 'series':
      return input.series ? { kind, points: input.series.points, years: [...input.series.years], ...optional('condition', input.series.condition) } : null;
    case 'verdict':
      return input.verdict === true ? { kind } : null;
  }
}

/**
 * The editor's typed scoring as the parameters the table and the scoring library read. GraphQL
 * already refuses none or two kinds (@oneOf) and parameters a kind does not take; this refuses
 * what the schema cannot say (`verdict: false`), with the same VALIDATION code.
 */
export function toRuleParams(input: RuleScoringInput): ScoringParams {
  const given = KINDS.filter((kind) => input[kind] !== null && input[kind] !== undefined);
  const params = given.length === 1 ? paramsOf(given[0], input) : null;
  if (params) return params;
  throw indicatorSystemsError(IndicatorSystemsRefusal.ScoringKindNotGiven, `计分方式 scoring 须恰好给出一项，与规则类型同名（${KINDS.join('、')}）；达标判定写 verdict: true`, { given });
}
