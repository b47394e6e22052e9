import { RULE_KINDS, checkRuleParams, hasAtMostTwoDecimals, judgeRule, scoreRule, type RuleInput, type RuleParams, type RuleScore } from '@accredit/scoring';
import type { RuleScoreValueInput, RuleScoringFieldsFragment } from '../../../graphql/generated/graphql';
import { readRuleParams } from '../../../domain/rule-params';
import { tr } from '../../../plugins/i18n';
import { reasonMessage, type FieldName, type RuleReason } from './rule-reason.model';
import { NONE_OPTION, type RuleFormParams, type RuleFormState } from './rule-input.model';

// The admin checks and prices a score with the same pure library the API uses (@accredit/scoring:
// scoreRule / judgeRule), so the points previewed before saving are the points the API stores.
// What stays here is UI mapping only: form state → the library's input → the typed GraphQL value,
// and, when the library refuses, which field is wrong (a reason code, worded in the interface
// language by rule-reason.model.ts — the library's own messages are Chinese and carry no codes).

export type RuleCheck = { ok: true; value: RuleScoreValueInput; input: RuleInput | { kind: 'verdict'; verdict: string }; score: RuleScore | null } | { ok: false; reasons: RuleReason[] };

/** The rule's parameters as the library reads them (RuleParams), from the field of its kind in `scoring`. */
export function libraryParams(scoring: RuleScoringFieldsFragment): Record<string, unknown> {
  const { singleApplicant, ...params } = readRuleParams(scoring);
  const raw: Record<string, unknown> = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
  if (singleApplicant) raw['singleApplicant'] = { kind: 'range', min: singleApplicant.min, max: singleApplicant.max };
  return raw;
}

/** The library's input for the form state; a field left empty stays out, so the library refuses it. */
export function libraryInput(params: RuleFormParams, state: RuleFormState): Record<string, unknown> {
  const set = (fields: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries({ kind: params.kind, ...fields }).filter(([, value]) => value !== null && value !== undefined));
  switch (params.kind) {
    case 'fixed':
      return set({ achieved: state.achieved });
    case 'range':
      return set({ points: state.points });
    case 'conditionalCap':
      return set({ points: state.points, conditionMet: state.conditionMet });
    case 'alternative':
      // null is an answer here (none applies); not chosen yet leaves the field out.
      return state.option === null ? { kind: 'alternative' } : { kind: 'alternative', option: state.option === NONE_OPTION ? null : state.option };
    case 'tiered':
      return state.tieredMode === 'single' ? set({ points: state.points }) : set({ rank: state.rank, of: state.of });
    case 'perItem':
      return set({ items: state.items });
    case 'veto':
      return set({ triggered: state.triggered });
    case 'series':
      return set({ met: state.met });
    default:
      return set({ verdict: state.verdict });
  }
}

/** The typed GraphQL value (one member, named after the kind) for an input the library accepted. */
export function scoreValue(input: RuleInput | { kind: 'verdict'; verdict: string }): RuleScoreValueInput {
  switch (input.kind) {
    case 'fixed':
      return { fixed: { achieved: input.achieved } };
    case 'range':
      return { range: { points: input.points } };
    case 'conditionalCap':
      return { conditionalCap: { points: input.points, conditionMet: input.conditionMet } };
    case 'alternative':
      return { alternative: { option: input.option } };
    case 'tiered':
      return { tiered: 'rank' in input ? { rank: input.rank, of: input.of } : { points: input.points } };
    case 'perItem':
      return { perItem: { items: input.items } };
    case 'veto':
      return { veto: { triggered: input.triggered } };
    case 'series':
      return { series: 'met' in input ? { met: input.met } : { values: input.values } };
    case 'verdict':
      return { verdict: { verdict: input.verdict } };
  }
}

/**
 * Checks the form with the library and, when it accepts, gives the typed value and the score the
 * API will store (null for a verdict rule, which earns no points).
 */
export function checkRule(scoring: RuleScoringFieldsFragment, params: RuleFormParams, state: RuleFormState): RuleCheck {
  const input = libraryInput(params, state);
  if (params.kind === 'verdict') {
    const judged = judgeRule(input, { options: params.verdicts.map((label) => ({ label })) });
    if (judged.ok) return { ok: true, value: scoreValue(judged.input), input: judged.input, score: null };
    return { ok: false, reasons: [state.verdict === null ? { code: 'chooseVerdict', verdicts: params.verdicts } : { code: 'unknownVerdict', verdict: state.verdict }] };
  }
  if (!(RULE_KINDS as readonly string[]).includes(params.kind)) return { ok: false, reasons: [{ code: 'unknownKind', kind: params.kind }] };
  const rawParams = libraryParams(scoring);
  const checkedParams = checkRuleParams(rawParams);
  if (!checkedParams.ok) return { ok: false, reasons: [{ code: 'ruleParams' }] };
  const scored = scoreRule(rawParams, input);
  if (scored.ok) return { ok: true, value: scoreValue(scored.input), input: scored.input, score: scored.score };
  return { ok: false, reasons: reasonsFor(checkedParams.params, state) };
}

function pointsReason(field: FieldName, value: number | null, min: number, max: number): RuleReason | null {
  if (value === null) return { code: 'fill', field };
  if (value < min || value > max) return { code: 'between', field, min, max };
  if (!hasAtMostTwoDecimals(value)) return { code: 'decimals', field };
  return null;
}

function countReason(field: FieldName, value: number | null, min: number): RuleReason | null {
  if (value === null) return { code: 'fill', field };
  if (!Number.isInteger(value) || value < min) return { code: 'wholeNumber', field, min };
  return null;
}

/**
 * Which field the library's refusal is about. Only called once the library has refused, so the
 * library stays the judge of what is valid; this only names the field for the form.
 */
function reasonsFor(params: RuleParams, state: RuleFormState): RuleReason[] {
  const found: (RuleReason | null)[] = [];
  switch (params.kind) {
    case 'fixed':
      found.push(state.achieved === null ? { code: 'choose', field: 'achieved' } : null);
      break;
    case 'range':
      found.push(pointsReason('points', state.points, params.min, params.max));
      break;
    case 'conditionalCap':
      found.push(pointsReason('judgedPoints', state.points, params.min, params.max));
      break;
    case 'alternative':
      found.push(state.option === null ? { code: 'chooseOption' } : { code: 'unknownOption', option: state.option });
      break;
    case 'tiered':
      if (state.tieredMode === 'single') {
        const range = params.singleApplicant ?? { min: params.min, max: params.max };
        found.push(pointsReason('points', state.points, range.min, range.max));
      } else {
        found.push(countReason('applicants', state.of, 2), countReason('rank', state.rank, 1));
        if (!found.some(Boolean) && state.rank !== null && state.of !== null && state.rank > state.of) found.push({ code: 'rankTooHigh', rank: state.rank, of: state.of });
      }
      break;
    case 'perItem':
      found.push(countReason('items', state.items, 0));
      break;
    case 'veto':
      found.push(state.triggered === null ? { code: 'choose', field: 'triggered' } : null);
      break;
    case 'series':
      found.push(state.met === null ? { code: 'choose', field: 'met' } : null);
      break;
  }
  const reasons = found.filter((reason): reason is RuleReason => reason !== null);
  return reasons.length > 0 ? reasons : [{ code: 'notAccepted' }];
}

export type BuildResult = { ok: true; value: RuleScoreValueInput; comment: string } | { ok: false; problems: string[] };

/** The typed `value` and reason for scoreRule, or what is wrong with the form (in the interface language). */
export function buildRuleInput(scoring: RuleScoringFieldsFragment, params: RuleFormParams, state: RuleFormState): BuildResult {
  const checked = checkRule(scoring, params, state);
  const problems = checked.ok ? [] : checked.reasons.map((reason) => reasonMessage(reason, params));
  const comment = state.comment.trim();
  if (!comment) problems.push(tr('scoring.check.reasonMissing'));
  return checked.ok && problems.length === 0 ? { ok: true, value: checked.value, comment } : { ok: false, problems };
}

/** The live preview under the form: the points the API will store, or null while the form is not scorable. */
export type ScorePreview = { points: number; capped: boolean; vetoed: boolean };

export function previewScore(scoring: RuleScoringFieldsFragment, params: RuleFormParams, state: RuleFormState): ScorePreview | null {
  const checked = checkRule(scoring, params, state);
  if (!checked.ok || !checked.score) return null;
  return { points: checked.score.points, capped: checked.score.capped, vetoed: checked.score.vetoed };
}
