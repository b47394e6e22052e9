import type { RankOrder, RuleScoringFieldsFragment, RuleScoringInput, ScoringRuleKind } from '../graphql/generated/graphql';

// A rule's parameters as the admin holds them while a form shows them: one flat draft, every
// parameter a field, the ones the kind does not take null, and a number the user has cleared null
// too. The API reads them per kind (RuleScoring: the field named after the kind) and takes them
// per kind (the @oneOf RuleScoringInput); these two functions are the only ways in and out, so a
// rule read, edited and saved keeps its parameters.

export interface RuleOptionDraft {
  label: string;
  points: number;
}

export interface RuleParamsDraft {
  kind: ScoringRuleKind;
  /** fixed / series */
  points: number | null;
  /** range / tiered / conditionalCap */
  min: number | null;
  max: number | null;
  /** perItem */
  each: number | null;
  /** perItem / conditionalCap */
  cap: number | null;
  /** perItem */
  item: string | null;
  /** conditionalCap / veto / series */
  condition: string | null;
  /** tiered */
  basis: string | null;
  order: RankOrder | null;
  step: number | null;
  singleApplicant: { min: number; max: number } | null;
  /** alternative */
  options: RuleOptionDraft[] | null;
  /** series */
  years: number[] | null;
}

/** A draft of the kind with nothing filled in (an alternative starts with no options). */
export function emptyRuleParams(kind: ScoringRuleKind): RuleParamsDraft {
  return {
    kind,
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
    singleApplicant: null,
    options: kind === 'alternative' ? [] : null,
    years: null,
  };
}

/** The parameters under the field of the rule's kind as a draft (an absent field reads as nothing filled in). */
export function readRuleParams(scoring: RuleScoringFieldsFragment): RuleParamsDraft {
  const draft = emptyRuleParams(scoring.kind);
  switch (scoring.kind) {
    case 'fixed':
      return { ...draft, points: scoring.fixed?.points ?? null };
    case 'range':
      return { ...draft, min: scoring.range?.min ?? null, max: scoring.range?.max ?? null };
    case 'alternative':
      return { ...draft, options: (scoring.alternative?.options ?? []).map(({ label, points }) => ({ label, points })) };
    case 'tiered': {
      const tiered = scoring.tiered;
      const single = tiered?.singleApplicant;
      return {
        ...draft,
        min: tiered?.min ?? null,
        max: tiered?.max ?? null,
        basis: tiered?.basis ?? null,
        order: tiered?.order ?? null,
        step: tiered?.step ?? null,
        singleApplicant: single ? { min: single.min, max: single.max } : null,
      };
    }
    case 'perItem':
      return { ...draft, each: scoring.perItem?.each ?? null, cap: scoring.perItem?.cap ?? null, item: scoring.perItem?.item ?? null };
    case 'conditionalCap': {
      const capped = scoring.conditionalCap;
      return { ...draft, min: capped?.min ?? null, max: capped?.max ?? null, cap: capped?.cap ?? null, condition: capped?.condition ?? null };
    }
    case 'veto':
      return { ...draft, condition: scoring.veto?.condition ?? null };
    case 'series':
      return { ...draft, points: scoring.series?.points ?? null, years: scoring.series ? [...scoring.series.years] : null, condition: scoring.series?.condition ?? null };
    case 'verdict':
      return draft;
  }
}

export type NumberParam = 'points' | 'min' | 'max' | 'each' | 'cap';

/** The input, or the numbers the kind needs that the form has left empty (the API cannot take them). */
export type ScoringInputRead = { ok: true; input: RuleScoringInput } | { ok: false; missing: NumberParam[] };

const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The draft as the API takes it: only the kind's parameters, under the kind's name. */
export function toScoringInput(scoring: RuleParamsDraft): ScoringInputRead {
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
          tiered: {
            min: number('min'),
            max: number('max'),
            basis: given(scoring.basis),
            order: given(scoring.order),
            step: given(scoring.step),
            singleApplicant: single ? { min: single.min, max: single.max } : undefined,
          },
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
