import { joinOr, labelOf, quote } from './labels';
import { countIn, readQuota, scopeOf } from './quota-reading';
import { fail, failMany, isRecord, ok, stringList, unexpectedKeys, type ParamError, type ParamResult } from './params';
import { COUNTABLES, ORGANISATION_LEVEL_LABELS, REGION_LEVEL_LABELS } from './count-labels';
import { type GuardSpec, PASS, nest, refuse } from './guard-spec';
import type { Countable, CountInStateParams, Facts, QuotaBase, QuotaParams, RegionLevel } from './types';

// Counts and quotas. What can be counted is a closed list, each read from facts.counts; `within`
// reads the same counts within the subject's region (a participant county's province).

function parseCountable(raw: unknown): ParamError[] {
  if (typeof raw === 'string' && Object.hasOwn(COUNTABLES, raw)) return [];
  return [{ path: ['of'], message: `of 应为可计数的对象：${Object.keys(COUNTABLES).join('、')}` }];
}

function parseCount(value: unknown, key: string): ParamError[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? [] : [{ path: [key], message: `${key} 应为非负整数` }];
}

function statesOf(raw: unknown, key: string, errors: ParamError[]): string[] {
  const list = stringList(raw, '状态');
  if (list.ok) return list.params;
  errors.push(...nest([key], list.errors));
  return [];
}

function parseWithin(raw: unknown): ParamError[] {
  if (raw === undefined || (typeof raw === 'string' && Object.hasOwn(REGION_LEVEL_LABELS, raw))) return [];
  return [{ path: ['within'], message: `within 应为区域层级：${Object.keys(REGION_LEVEL_LABELS).join('、')}` }];
}

function stateNames(facts: Facts, of: Countable, states: readonly string[]): string {
  return joinOr(states.map((state) => quote(labelOf(facts.countLabels?.[of] ?? {}, state))));
}

export const countInState: GuardSpec<CountInStateParams> = {
  summary: '处于所列状态的对象（如任务）数量不多于 atMost / 不少于 atLeast（facts.counts）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (!isRecord(raw)) return fail('参数应为 { of: tasks | participants, within: province, states: [状态…], atMost: 数量, atLeast: 数量 }');
    const errors = [...unexpectedKeys(raw, ['of', 'within', 'states', 'atMost', 'atLeast']), ...parseCountable(raw['of']), ...parseWithin(raw['within'])];
    const states = statesOf(raw['states'], 'states', errors);
    errors.push(...parseCount(raw['atMost'], 'atMost'), ...parseCount(raw['atLeast'], 'atLeast'));
    if (raw['atMost'] === undefined && raw['atLeast'] === undefined) errors.push({ path: [], message: '须给出 atMost 或 atLeast' });
    if (errors.length > 0) return failMany(errors);
    return ok({
      of: raw['of'] as Countable,
      ...(raw['within'] !== undefined ? { within: raw['within'] as RegionLevel } : {}),
      states,
      ...(raw['atMost'] !== undefined ? { atMost: raw['atMost'] as number } : {}),
      ...(raw['atLeast'] !== undefined ? { atLeast: raw['atLeast'] as number } : {}),
    });
  },
  check({ of, within, states, atMost, atLeast }, { facts: all }) {
    const scope = scopeOf(all, within);
    if (!scope) return refuse(`缺少所在${REGION_LEVEL_LABELS[within ?? 'province']}的统计`);
    const facts = scope.facts;
    const count = countIn(facts, of, states);
    if (count === undefined) return refuse(`缺少${COUNTABLES[of]}状态统计`);
    const where = `${scope.where}处于${stateNames(facts, of, states)}状态的${COUNTABLES[of]}`;
    if (atMost !== undefined && count > atMost) return refuse(`${where}有 ${count} 个，最多 ${atMost} 个`);
    if (atLeast !== undefined && count < atLeast) return refuse(`${where}只有 ${count} 个，至少需要 ${atLeast} 个`);
    return PASS;
  },
};

function parseBase(raw: unknown): ParamResult<QuotaBase> {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0 ? ok({ number: raw }) : fail('base 应为非负整数', ['base']);
  }
  if (isRecord(raw) && Object.keys(raw).length === 1) {
    if (typeof raw['total'] === 'string') {
      return Object.hasOwn(COUNTABLES, raw['total']) ? ok({ total: raw['total'] as Countable }) : fail(`total 应为：${Object.keys(COUNTABLES).join('、')}`, ['base', 'total']);
    }
    if (typeof raw['organisations'] === 'string') {
      return Object.hasOwn(ORGANISATION_LEVEL_LABELS, raw['organisations'])
        ? ok({ organisations: raw['organisations'] })
        : fail(`organisations 应为单位层级：${Object.keys(ORGANISATION_LEVEL_LABELS).join('、')}`, ['base', 'organisations']);
    }
  }
  return fail('base 应为数量、{ total: tasks }（对象总数）或 { organisations: county }（下级单位数）', ['base']);
}

/** How the base reads in a refusal: 下级县（区）数 38. */
function baseText(base: QuotaBase, n: number): string {
  if ('number' in base) return `${n}`;
  if ('total' in base) return `${COUNTABLES[base.total]}总数 ${n}`;
  return `下级${ORGANISATION_LEVEL_LABELS[base.organisations]}数 ${n}`;
}

export const quota: GuardSpec<QuotaParams> = {
  summary: '名额：进入所列状态的对象不超过 ⌊percent % × base⌋（或 base）减去 minus 状态中已占的数量；本次迁移计为再占一个。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (!isRecord(raw))
      return fail(
        '参数应为 { of: tasks | participants, within: province, states: [状态…], percent: 百分比, base: 数量 | { total: tasks } | { organisations: county }, minus: [状态…], minusOf: earlierParticipants }',
      );
    const errors = [
      ...unexpectedKeys(raw, ['of', 'within', 'states', 'percent', 'base', 'minus', 'minusOf']),
      ...(raw['minusOf'] === undefined ? [] : parseCountable(raw['minusOf']).map((error) => ({ path: ['minusOf'], message: error.message.replace(/^of/, 'minusOf') }))),
      ...parseCountable(raw['of']),
      ...parseWithin(raw['within']),
    ];
    const states = statesOf(raw['states'], 'states', errors);
    const minus = raw['minus'] === undefined ? [] : statesOf(raw['minus'], 'minus', errors);
    const percent = raw['percent'];
    if (percent !== undefined && (typeof percent !== 'number' || !(percent > 0) || percent > 100)) {
      errors.push({ path: ['percent'], message: 'percent 应为 0 到 100 之间的数（不含 0）' });
    }
    const base = raw['base'] === undefined ? fail<QuotaBase>('缺少 base（名额基数）') : parseBase(raw['base']);
    if (!base.ok) errors.push(...base.errors);
    if (errors.length > 0 || !base.ok) return failMany(errors);
    return ok({
      of: raw['of'] as Countable,
      ...(raw['within'] !== undefined ? { within: raw['within'] as RegionLevel } : {}),
      states,
      ...(percent !== undefined ? { percent: percent as number } : {}),
      base: base.params,
      minus,
      ...(raw['minusOf'] !== undefined ? { minusOf: raw['minusOf'] as Countable } : {}),
    });
  },
  check(params, { facts: all }) {
    // The figures come from readQuota, as the quota figures shown before acting do.
    const { of, within, states, percent, base, minus, minusOf } = params;
    const reading = readQuota(params, all);
    if (!reading.ok) {
      if (reading.missing === 'region') return refuse(`缺少所在${REGION_LEVEL_LABELS[within ?? 'province']}的统计`);
      if (reading.missing === 'counts') return refuse(`缺少${COUNTABLES[reading.countable ?? of]}状态统计`);
      return refuse('缺少计算名额所需的单位数据');
    }
    const { scope: facts, taken, already, cap, allowed } = reading;
    if (taken < allowed) return PASS;
    const how = percent === undefined ? `上限 ${cap}` : `${baseText(base, reading.base)} 的 ${percent}% 取整为 ${cap}`;
    const whose = minusOf && minusOf !== of ? COUNTABLES[minusOf] : '';
    const less = minus.length > 0 ? `，减去${whose}已处于${stateNames(facts, minusOf ?? of, minus)}状态的 ${already} 个` : '';
    return refuse(`${reading.where}名额已满：最多 ${allowed} 个（${how}${less}），已有 ${taken} 个处于${stateNames(facts, of, states)}状态`);
  },
};
