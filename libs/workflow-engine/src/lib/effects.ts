import { addDays, toCalendarDate } from '@accredit/calendar-date';
import { type CallSpec, callRegistry } from './call-registry';
import { fail, failMany, isRecord, knownItems, ok, stringList, unexpectedKeys, type ParamError } from './params';
import type { EffectName, EffectParamsMap, Facts, NotifyParams, SetDueDateParams, SetOutcomeParams, SnapshotScoresParams } from './types';

// Built-in effects. The engine only validates and returns them; the caller runs them after
// persisting the transition (so they can share its database transaction or outbox).

export type EffectSpec<P> = CallSpec<P>;

const notify: EffectSpec<NotifyParams> = {
  summary: '通知所列角色（roles）和/或实体的责任单位（department: owner）。',
  parse(raw, ctx) {
    if (!isRecord(raw)) return fail('参数应为 { roles: [角色…] } 或 { department: owner }');
    const errors: ParamError[] = unexpectedKeys(raw, ['roles', 'department']);
    const rawRoles = raw['roles'];
    const department = raw['department'];
    let roles: string[] | undefined;
    if (rawRoles !== undefined) {
      const parsed = stringList(rawRoles, '角色');
      if (parsed.ok) {
        roles = parsed.params;
        errors.push(
          ...knownItems(roles, rawRoles, ctx.roles, (role) => `未知的角色"${role}"`).map((e) => ({
            path: ['roles', ...e.path],
            message: e.message,
          })),
        );
      } else {
        errors.push(...parsed.errors.map((e) => ({ path: ['roles', ...e.path], message: e.message })));
      }
    }
    if (department !== undefined && department !== 'owner') {
      errors.push({ path: ['department'], message: 'department 目前只支持 owner（责任单位）' });
    }
    if (rawRoles === undefined && department === undefined) {
      errors.push({ path: [], message: '需要指定 roles 或 department' });
    }
    if (errors.length > 0) return failMany(errors);
    return ok({ ...(roles ? { roles } : {}), ...(department === 'owner' ? { department } : {}) });
  },
};

const setDueDate: EffectSpec<SetDueDateParams> = {
  summary: '设置截止日期：某阶段的开始/结束日期（{phase, at}），或从当天起若干天（{days}）。',
  parse(raw, ctx) {
    if (!isRecord(raw)) return fail('参数应为 { phase: 阶段, at: start | end } 或 { days: 天数 }');
    if ('days' in raw) {
      const extra = unexpectedKeys(raw, ['days']);
      if (extra.length > 0) return failMany(extra);
      const days = raw['days'];
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
        return fail('days 应为正整数', ['days']);
      }
      return ok({ days });
    }
    const errors = unexpectedKeys(raw, ['phase', 'at']);
    const phase = raw['phase'];
    const at = raw['at'] ?? 'end';
    if (typeof phase !== 'string') {
      errors.push({ path: [], message: '需要指定 phase 或 days' });
    } else if (!Object.hasOwn(ctx.phases, phase)) {
      errors.push({ path: ['phase'], message: `未声明的阶段"${phase}"（请在 phases 中声明）` });
    }
    if (at !== 'start' && at !== 'end') errors.push({ path: ['at'], message: 'at 应为 start 或 end' });
    if (errors.length > 0 || typeof phase !== 'string' || (at !== 'start' && at !== 'end')) {
      return failMany(errors);
    }
    return ok({ phase, at });
  },
};

const snapshotScores: EffectSpec<SnapshotScoresParams> = {
  summary: '保存当前得分快照：source 为 self（自评）或 expert（专家评分）。',
  parse(raw) {
    if (!isRecord(raw)) return fail('参数应为 { source: self | expert }');
    const extra = unexpectedKeys(raw, ['source']);
    if (extra.length > 0) return failMany(extra);
    const source = raw['source'];
    if (source !== 'self' && source !== 'expert') return fail('source 应为 self 或 expert', ['source']);
    return ok({ source });
  },
};

const setOutcome: EffectSpec<SetOutcomeParams> = {
  summary: '记录对象的结果（如参与单位的 推荐 / 命名），须为定义 outcomes 中声明的结果。',
  parse(raw, ctx) {
    const outcome = isRecord(raw) ? raw['outcome'] : raw;
    if (isRecord(raw)) {
      const extra = unexpectedKeys(raw, ['outcome']);
      if (extra.length > 0) return failMany(extra);
    }
    if (typeof outcome !== 'string') return fail('参数应为结果名称，如 setOutcome: named');
    if (!Object.hasOwn(ctx.outcomes, outcome)) {
      const known = Object.keys(ctx.outcomes);
      return fail(`未声明的结果"${outcome}"（请在 outcomes 中声明${known.length ? `，已声明：${known.join('、')}` : ''}）`);
    }
    return ok({ outcome });
  },
};

const effects = callRegistry<EffectParamsMap, { readonly [K in EffectName]: EffectSpec<EffectParamsMap[K]> }>('动作', {
  notify,
  setDueDate,
  snapshotScores,
  setOutcome,
});

export const effectRegistry = effects.specs;
export const EFFECT_NAMES: readonly EffectName[] = effects.names;
export const isEffectName = effects.has;
export const parseEffect = effects.parse;

/**
 * The concrete due date (`YYYY-MM-DD`) a setDueDate effect asks for, from the same facts the
 * guards saw; undefined when the needed date is missing.
 */
export function resolveDueDate(params: SetDueDateParams, facts: Facts): string | undefined {
  if ('days' in params) {
    const today = toCalendarDate(facts.now);
    return today ? addDays(today, params.days) : undefined;
  }
  const dates = facts.phases?.[params.phase];
  return toCalendarDate(params.at === 'start' ? dates?.startsOn : dates?.endsOn);
}
