// What a scorer fills in for one rule, by the rule's kind, and the `input` JSON the API stores
// (libs/scoring/src/rule-input.ts is the contract):
//
//   fixed → {achieved}            range → {points}              alternative → {option | null}
//   tiered → {rank, of} | {points} (a single applicant)          perItem → {items}
//   conditionalCap → {points, conditionMet}   veto → {triggered}   series → {met}
//
// The form checks what it can (ranges, whole numbers, ≤ 2 decimals) before the API does; the
// API still decides, and its refusal is shown as it comes.

export type RuleInputJson = Record<string, unknown>;

export interface RuleOption {
  label: string;
  points: number;
}

/** The parameters the form needs, read defensively from the rule's `params` JSON. */
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

export type BuildResult = { ok: true; input: RuleInputJson; comment: string } | { ok: false; problems: string[] };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The verdicts of a checklist when the system names none of its own. */
export const DEFAULT_VERDICTS = ['达标', '基本达标', '未达标'];

export function readRuleParams(kind: string, params: unknown, maxPoints: number | null = null, verdicts: readonly string[] = DEFAULT_VERDICTS): RuleFormParams {
  const p = params && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  const options = Array.isArray(p['options'])
    ? (p['options'] as unknown[]).flatMap((o) => {
        const entry = o && typeof o === 'object' ? (o as Record<string, unknown>) : {};
        const label = str(entry['label']);
        const points = num(entry['points']);
        return label !== null && points !== null ? [{ label, points }] : [];
      })
    : [];
  const singleRaw = p['singleApplicant'] && typeof p['singleApplicant'] === 'object' ? (p['singleApplicant'] as Record<string, unknown>) : null;
  const singleMin = num(singleRaw?.['min']);
  const singleMax = num(singleRaw?.['max']);
  return {
    kind,
    points: num(p['points']) ?? (kind === 'fixed' || kind === 'series' ? maxPoints : null),
    min: num(p['min']) ?? (kind === 'range' ? 0 : null),
    max: num(p['max']) ?? (kind === 'range' ? maxPoints : null),
    cap: num(p['cap']),
    condition: str(p['condition']),
    options,
    each: num(p['each']),
    item: str(p['item']),
    basis: str(p['basis']),
    single: singleMin !== null && singleMax !== null ? { min: singleMin, max: singleMax } : null,
    years: Array.isArray(p['years']) ? (p['years'] as unknown[]).filter((y): y is number => typeof y === 'number') : [],
    verdicts: [...verdicts],
  };
}

/** The range a single tiered applicant is judged within. */
export function singleRange(params: RuleFormParams): { min: number; max: number } {
  return params.single ?? { min: params.min ?? 0, max: params.max ?? 0 };
}

const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** The form filled from a previous score's input (or empty). */
export function initialFormState(params: RuleFormParams, previous?: { input: unknown; comment?: string } | null): RuleFormState {
  const input = previous?.input && typeof previous.input === 'object' ? (previous.input as Record<string, unknown>) : {};
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
    problems.push(`请填写${label}`);
    return 0;
  }
  if (min !== null && max !== null && (value < min || value > max)) problems.push(`${label}须在 ${formatNumber(min)}–${formatNumber(max)} 分之间`);
  else if (!hasAtMostTwoDecimals(value)) problems.push(`${label}最多保留两位小数`);
  return value;
}

function checkCount(label: string, value: number | null, min: number, problems: string[]): number {
  if (value === null || !Number.isFinite(value)) {
    problems.push(`请填写${label}`);
    return 0;
  }
  if (!Number.isInteger(value) || value < min) problems.push(`${label}须为不小于 ${min} 的整数`);
  return value;
}

function checkChoice(label: string, value: boolean | null, problems: string[]): boolean {
  if (value === null) problems.push(`请选择${label}`);
  return value ?? false;
}

/** The `input` JSON for scoreRule, or what is wrong with the form (in Chinese). */
export function buildRuleInput(params: RuleFormParams, state: RuleFormState): BuildResult {
  const problems: string[] = [];
  let input: RuleInputJson;
  switch (params.kind) {
    case 'fixed':
      input = { achieved: checkChoice('是否达到要求', state.achieved, problems) };
      break;
    case 'range':
      input = { points: checkPoints('得分', state.points, params.min, params.max, problems) };
      break;
    case 'conditionalCap':
      input = { points: checkPoints('评定得分', state.points, params.min, params.max, problems), conditionMet: state.conditionMet };
      break;
    case 'alternative': {
      if (state.option === null) problems.push('请选择所符合的情形');
      const known = state.option === NONE_OPTION || params.options.some((o) => o.label === state.option);
      if (state.option !== null && !known) problems.push(`情形「${state.option}」不是本规则的选项`);
      input = { option: state.option === NONE_OPTION ? null : state.option };
      break;
    }
    case 'tiered':
      if (state.tieredMode === 'single') {
        const range = singleRange(params);
        input = { points: checkPoints('得分', state.points, range.min, range.max, problems) };
      } else {
        const of = checkCount('申报单位数', state.of, 2, problems);
        const rank = checkCount('名次', state.rank, 1, problems);
        if (problems.length === 0 && rank > of) problems.push(`名次 ${rank} 大于申报单位数 ${of}`);
        input = { rank, of };
      }
      break;
    case 'perItem':
      input = { items: checkCount(`${params.item ?? '项目'}数`, state.items, 0, problems) };
      break;
    case 'veto':
      input = { triggered: checkChoice('是否发生否决情形', state.triggered, problems) };
      break;
    case 'series':
      input = { met: checkChoice('是否逐年达到要求', state.met, problems) };
      break;
    case 'verdict':
      if (state.verdict === null) problems.push(`请选择判定结果：${params.verdicts.join(' / ')}`);
      else if (!params.verdicts.includes(state.verdict)) problems.push(`判定结果「${state.verdict}」不在判定等级中`);
      input = { verdict: state.verdict };
      break;
    default:
      problems.push(`未知的评分规则类型「${params.kind}」，无法评分`);
      input = {};
  }
  const comment = state.comment.trim();
  if (!comment) problems.push('请填写评分理由');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input, comment };
}

/** What a score's input says, in a few words (history, tooltips). */
export function describeRuleInput(input: unknown): string {
  if (!input || typeof input !== 'object') return '—';
  const i = input as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof i['achieved'] === 'boolean') parts.push(i['achieved'] ? '达到要求' : '未达到');
  if (typeof i['rank'] === 'number' && typeof i['of'] === 'number') parts.push(`${i['of']} 家中第 ${i['rank']} 名`);
  else if (typeof i['points'] === 'number') parts.push(`评定 ${formatNumber(i['points'])} 分`);
  if (typeof i['conditionMet'] === 'boolean') parts.push(i['conditionMet'] ? '条件成立（封顶）' : '条件不成立');
  if ('option' in i) parts.push(typeof i['option'] === 'string' ? `情形：${i['option']}` : '不符合任一情形');
  if (typeof i['items'] === 'number') parts.push(`${i['items']} 项`);
  if (typeof i['triggered'] === 'boolean') parts.push(i['triggered'] ? '触发否决' : '未触发否决');
  if (typeof i['met'] === 'boolean') parts.push(i['met'] ? '逐年达到' : '未逐年达到');
  if (typeof i['verdict'] === 'string') parts.push(`判定：${i['verdict']}`);
  if (Array.isArray(i['values'])) parts.push(`逐年数值 ${(i['values'] as unknown[]).join('、')}`);
  return parts.join('，') || '—';
}
