import type { RuleScoreValueFieldsFragment, RuleScoringFieldsFragment } from '../../../graphql/generated/graphql';
import { DEFAULT_VERDICT_SCALE, formatPoints } from '@accredit/scoring';
import { readRuleParams } from '../../../domain/rule-params';
import { tr } from '../../../plugins/i18n';

// What a scorer fills in for one rule, by the rule's kind, and the typed `value` the API stores
// (one member, named after the kind; libs/scoring/src/rule-input.ts is the contract):
//
//   fixed → {achieved}            range → {points}              alternative → {option | null}
//   tiered → {rank, of} | {points} (a single applicant)          perItem → {items}
//   conditionalCap → {points, conditionMet}   veto → {triggered}   series → {met}
//
// This file maps form state and labels only; checking and pricing a score is the shared scoring
// library's job (rule-check.model.ts), the same one the API runs. The API still decides, and its
// refusal is shown as it comes.

export interface RuleOption {
  label: string;
  points: number;
}

/** The parameters the form needs, from the rule's typed `scoring` (defaults where a kind leaves one out). */
export interface RuleFormParams {
  kind: string;
  /** fixed / series: the points when achieved / met. */
  points: number | null;
  /** range / conditionalCap / tiered: the range judged within. */
  min: number | null;
  max: number | null;
  /** conditionalCap: at most this when the condition holds; perItem: the most all items earn. */
  cap: number | null;
  /** conditionalCap / veto / series: the condition in words. */
  condition: string | null;
  options: RuleOption[];
  /** perItem */
  each: number | null;
  item: string | null;
  /** tiered */
  basis: string | null;
  single: { min: number; max: number } | null;
  /** series */
  years: number[];
  /** verdict (a checklist rule): the verdicts to choose from, best first. */
  verdicts: string[];
}

/** Everything the form can hold; only the fields of the rule's kind are used. */
export interface RuleFormState {
  achieved: boolean | null;
  points: number | null;
  conditionMet: boolean;
  /** The chosen option's label; NONE_OPTION for 都不符合. */
  option: string | null;
  tieredMode: 'rank' | 'single';
  rank: number | null;
  of: number | null;
  items: number | null;
  triggered: boolean | null;
  met: boolean | null;
  /** verdict: the verdict chosen. */
  verdict: string | null;
  comment: string;
}

export const NONE_OPTION = '__none__';

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Points as the library writes them (two decimals at most). */
export const formatNumber = formatPoints;

/** The verdicts of a checklist when the system names none of its own (the scoring library's scale). */
export const DEFAULT_VERDICTS: readonly string[] = DEFAULT_VERDICT_SCALE.options.map((option) => option.label);

/** The form's parameters from the field of the rule's kind (domain/rule-params.ts reads it). */
export function readRuleScoring(scoring: RuleScoringFieldsFragment, maxPoints: number | null = null, verdicts: readonly string[] = DEFAULT_VERDICTS): RuleFormParams {
  const params = readRuleParams(scoring);
  const { kind } = params;
  return {
    kind,
    points: params.points ?? (kind === 'fixed' || kind === 'series' ? maxPoints : null),
    min: params.min ?? (kind === 'range' ? 0 : null),
    max: params.max ?? (kind === 'range' ? maxPoints : null),
    cap: params.cap,
    condition: str(params.condition),
    options: (params.options ?? []).map(({ label, points }) => ({ label, points })),
    each: params.each,
    item: str(params.item),
    basis: str(params.basis),
    single: params.singleApplicant ? { min: params.singleApplicant.min, max: params.singleApplicant.max } : null,
    years: [...(params.years ?? [])],
    verdicts: [...verdicts],
  };
}

/** The fields of a score's value: the one member its kind names (the others are null). */
function valueFields(value: RuleScoreValueFieldsFragment | null | undefined): Record<string, unknown> {
  if (!value) return {};
  for (const [key, member] of Object.entries(value)) if (key !== '__typename' && member && typeof member === 'object') return member as Record<string, unknown>;
  return {};
}

/** The range a single tiered applicant is judged within. */
export function singleRange(params: RuleFormParams): { min: number; max: number } {
  return params.single ?? { min: params.min ?? 0, max: params.max ?? 0 };
}

const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** The form filled from a previous score's value (or empty). */
export function initialFormState(params: RuleFormParams, previous?: { value: RuleScoreValueFieldsFragment; comment?: string } | null): RuleFormState {
  const input = valueFields(previous?.value);
  const hasRank = num(input['rank']) !== null;
  let option: string | null = null;
  if (params.kind === 'alternative' && 'option' in input) option = str(input['option']) ?? NONE_OPTION;
  return {
    achieved: bool(input['achieved']),
    points: num(input['points']),
    conditionMet: bool(input['conditionMet']) ?? false,
    option,
    tieredMode: params.kind === 'tiered' && !hasRank && num(input['points']) !== null ? 'single' : 'rank',
    rank: num(input['rank']),
    of: num(input['of']),
    items: num(input['items']),
    triggered: bool(input['triggered']),
    // A score given as yearly values counts as met when they increased.
    met: bool(input['met']) ?? seriesMet(input['values']),
    verdict: str(input['verdict']),
    comment: previous?.comment ?? '',
  };
}

function seriesMet(values: unknown): boolean | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  return values.every((v, i) => i === 0 || (typeof v === 'number' && typeof values[i - 1] === 'number' && v > (values[i - 1] as number)));
}

/** What a score's value says, in a few words (history, tooltips). */
export function describeScoreValue(value: RuleScoreValueFieldsFragment | null | undefined): string {
  const i = valueFields(value);
  const parts: string[] = [];
  if (typeof i['achieved'] === 'boolean') parts.push(i['achieved'] ? tr('scoring.describe.achieved') : tr('scoring.describe.notAchieved'));
  if (typeof i['rank'] === 'number' && typeof i['of'] === 'number') parts.push(tr('scoring.describe.rank', { of: i['of'], rank: i['rank'] }));
  else if (typeof i['points'] === 'number') parts.push(tr('scoring.describe.points', { points: formatNumber(i['points']) }));
  if (typeof i['conditionMet'] === 'boolean') parts.push(i['conditionMet'] ? tr('scoring.describe.conditionMet') : tr('scoring.describe.conditionNotMet'));
  if ('option' in i) parts.push(typeof i['option'] === 'string' ? tr('scoring.describe.option', { option: i['option'] }) : tr('scoring.describe.noOption'));
  if (typeof i['items'] === 'number') parts.push(tr('scoring.describe.items', {}, i['items']));
  if (typeof i['triggered'] === 'boolean') parts.push(i['triggered'] ? tr('scoring.describe.triggered') : tr('scoring.describe.notTriggered'));
  if (typeof i['met'] === 'boolean') parts.push(i['met'] ? tr('scoring.describe.met') : tr('scoring.describe.notMet'));
  if (typeof i['verdict'] === 'string') parts.push(tr('scoring.describe.verdict', { verdict: i['verdict'] }));
  if (Array.isArray(i['values'])) parts.push(tr('scoring.describe.values', { values: (i['values'] as unknown[]).join(tr('scoring.describe.valueSeparator')) }));
  return parts.join(tr('scoring.describe.separator')) || '—';
}
