import type { RuleScoreValueFieldsFragment, RuleScoreValueInput, RuleScoringFieldsFragment } from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';

// What a scorer fills in for one rule, by the rule's kind, and the typed `value` the API stores
// (one member, named after the kind; libs/scoring/src/rule-input.ts is the contract):
//
//   fixed → {achieved}            range → {points}              alternative → {option | null}
//   tiered → {rank, of} | {points} (a single applicant)          perItem → {items}
//   conditionalCap → {points, conditionMet}   veto → {triggered}   series → {met}
//
// The form checks what it can (ranges, whole numbers, ≤ 2 decimals) before the API does; the
// API still decides, and its refusal is shown as it comes.

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

export type BuildResult = { ok: true; value: RuleScoreValueInput; comment: string } | { ok: false; problems: string[] };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The verdicts of a checklist when the system names none of its own. */
// raw-text-ok: these are the verdicts' values the API stores, shown as the data they are.
export const DEFAULT_VERDICTS = ['达标', '基本达标', '未达标']; // raw-text-ok

export function readRuleScoring(scoring: RuleScoringFieldsFragment, maxPoints: number | null = null, verdicts: readonly string[] = DEFAULT_VERDICTS): RuleFormParams {
  const { kind } = scoring;
  return {
    kind,
    points: scoring.points ?? (kind === 'fixed' || kind === 'series' ? maxPoints : null),
    min: scoring.min ?? (kind === 'range' ? 0 : null),
    max: scoring.max ?? (kind === 'range' ? maxPoints : null),
    cap: scoring.cap,
    condition: str(scoring.condition),
    options: (scoring.options ?? []).map(({ label, points }) => ({ label, points })),
    each: scoring.each,
    item: str(scoring.item),
    basis: str(scoring.basis),
    single: scoring.singleApplicant ? { min: scoring.singleApplicant.min, max: scoring.singleApplicant.max } : null,
    years: [...(scoring.years ?? [])],
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

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

function checkPoints(label: string, value: number | null, min: number | null, max: number | null, problems: string[]): number {
  if (value === null || !Number.isFinite(value)) {
    problems.push(tr('scoring.check.fill', { label }));
    return 0;
  }
  if (min !== null && max !== null && (value < min || value > max)) problems.push(tr('scoring.check.between', { label, min: formatNumber(min), max: formatNumber(max) }));
  else if (!hasAtMostTwoDecimals(value)) problems.push(tr('scoring.check.decimals', { label }));
  return value;
}

function checkCount(label: string, value: number | null, min: number, problems: string[]): number {
  if (value === null || !Number.isFinite(value)) {
    problems.push(tr('scoring.check.fill', { label }));
    return 0;
  }
  if (!Number.isInteger(value) || value < min) problems.push(tr('scoring.check.wholeNumber', { label, min }));
  return value;
}

function checkChoice(label: string, value: boolean | null, problems: string[]): boolean {
  if (value === null) problems.push(tr('scoring.check.choose', { label }));
  return value ?? false;
}

/** The typed `value` for scoreRule, or what is wrong with the form (in the interface language). */
export function buildRuleInput(params: RuleFormParams, state: RuleFormState): BuildResult {
  const problems: string[] = [];
  // Null only for a kind this form does not know (a problem is reported for it).
  let value: RuleScoreValueInput | null;
  switch (params.kind) {
    case 'fixed':
      value = { fixed: { achieved: checkChoice(tr('scoring.form.achievedQuestion'), state.achieved, problems) } };
      break;
    case 'range':
      value = { range: { points: checkPoints(tr('scoring.form.points'), state.points, params.min, params.max, problems) } };
      break;
    case 'conditionalCap':
      value = { conditionalCap: { points: checkPoints(tr('scoring.form.judgedPoints'), state.points, params.min, params.max, problems), conditionMet: state.conditionMet } };
      break;
    case 'alternative': {
      if (state.option === null) problems.push(tr('scoring.check.chooseOption'));
      const known = state.option === NONE_OPTION || params.options.some((o) => o.label === state.option);
      if (state.option !== null && !known) problems.push(tr('scoring.check.unknownOption', { option: state.option }));
      value = { alternative: { option: state.option === NONE_OPTION ? null : state.option } };
      break;
    }
    case 'tiered':
      if (state.tieredMode === 'single') {
        const range = singleRange(params);
        value = { tiered: { points: checkPoints(tr('scoring.form.points'), state.points, range.min, range.max, problems) } };
      } else {
        const of = checkCount(tr('scoring.form.applicants'), state.of, 2, problems);
        const rank = checkCount(tr('scoring.form.rank'), state.rank, 1, problems);
        if (problems.length === 0 && rank > of) problems.push(tr('scoring.check.rankTooHigh', { rank, of }));
        value = { tiered: { rank, of } };
      }
      break;
    case 'perItem':
      value = { perItem: { items: checkCount(tr('scoring.form.itemCount', { item: params.item ?? tr('scoring.form.item') }), state.items, 0, problems) } };
      break;
    case 'veto':
      value = { veto: { triggered: checkChoice(tr('scoring.check.vetoQuestion'), state.triggered, problems) } };
      break;
    case 'series':
      value = { series: { met: checkChoice(tr('scoring.form.seriesQuestion'), state.met, problems) } };
      break;
    case 'verdict':
      if (state.verdict === null) problems.push(tr('scoring.check.chooseVerdict', { verdicts: params.verdicts.join(' / ') }));
      else if (!params.verdicts.includes(state.verdict)) problems.push(tr('scoring.check.unknownVerdict', { verdict: state.verdict }));
      value = { verdict: { verdict: state.verdict ?? '' } };
      break;
    default:
      problems.push(tr('scoring.form.unknownKind', { kind: params.kind }));
      value = null;
  }
  const comment = state.comment.trim();
  if (!comment) problems.push(tr('scoring.check.reasonMissing'));
  return problems.length > 0 || !value ? { ok: false, problems } : { ok: true, value, comment };
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
