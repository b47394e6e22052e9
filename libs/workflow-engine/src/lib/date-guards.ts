import { isCalendarDate, toCalendarDate } from '@accredit/calendar-date';
import { fail, failMany, isRecord, ok, unexpectedKeys, type ParamContext, type ParamError, type ParamResult } from './params';
import { type GuardEnv, type GuardSpec, PASS, refuse } from './guard-spec';
import type { BeforeParams, DayParams, OnOrAfterParams, PathSegment, WithinPhaseParams } from './types';

// Guards on the calendar: on or after a day, before a day, within a phase. A day is a date or a
// phase's start or end (facts.phases), today is facts.now read in China.

function parsePhaseName(raw: unknown, ctx: ParamContext, path: PathSegment[] = []): ParamError[] {
  if (typeof raw !== 'string') return [{ path, message: '缺少阶段 phase' }];
  if (!Object.hasOwn(ctx.phases, raw)) {
    return [{ path, message: `未声明的阶段"${raw}"（请在 phases 中声明）` }];
  }
  return [];
}

function parseDay(raw: unknown, ctx: ParamContext): ParamResult<DayParams> {
  if (typeof raw === 'string') {
    return isCalendarDate(raw) ? ok({ date: raw }) : fail(`日期"${raw}"无效，应为 YYYY-MM-DD`);
  }
  if (!isRecord(raw)) return fail('参数应为日期 YYYY-MM-DD，或 { phase: 阶段, at: start | end }');
  const errors = [...unexpectedKeys(raw, ['phase', 'at']), ...parsePhaseName(raw['phase'], ctx, ['phase'])];
  const at = raw['at'] ?? 'start';
  if (at !== 'start' && at !== 'end') errors.push({ path: ['at'], message: 'at 应为 start 或 end' });
  if (errors.length > 0) return failMany(errors);
  return ok({ phase: raw['phase'] as string, at: at as 'start' | 'end' });
}

/** The day a parameter names, with its description; or why it is unknown. */
function resolveDay(params: DayParams, env: GuardEnv): { day: string; what: string } | { missing: string } {
  if ('date' in params) return { day: params.date, what: params.date };
  const phaseLabel = env.definition.phases[params.phase]?.label ?? params.phase;
  const dates = env.facts.phases?.[params.phase];
  const boundary = params.at === 'start' ? '开始' : '结束';
  const day = toCalendarDate(params.at === 'start' ? dates?.startsOn : dates?.endsOn);
  if (!day) return { missing: `未设置${phaseLabel}的${boundary}日期` };
  return { day, what: `${phaseLabel}${boundary}日期（${day}）` };
}

export const onOrAfter: GuardSpec<OnOrAfterParams> = {
  summary: '当天（facts.now，按北京时间）不早于某日期，或某阶段的开始/结束日期（facts.phases）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  // The same day as before's; its refusal names the boundary not yet reached.
  parse: parseDay,
  check(params, { facts, definition }) {
    const today = toCalendarDate(facts.now);
    if (!today) return refuse('缺少当前日期');
    if ('date' in params) return today >= params.date ? PASS : refuse(`需在 ${params.date} 或之后`);
    const phaseLabel = definition.phases[params.phase]?.label ?? params.phase;
    const dates = facts.phases?.[params.phase];
    const bound = toCalendarDate(params.at === 'start' ? dates?.startsOn : dates?.endsOn);
    const boundary = params.at === 'start' ? '开始' : '结束';
    if (!bound) return refuse(`未设置${phaseLabel}的${boundary}日期`);
    if (today >= bound) return PASS;
    return refuse(`${phaseLabel}尚未${boundary}（${bound} ${boundary}）`);
  },
};

export const before: GuardSpec<BeforeParams> = {
  summary: '当天（facts.now，按北京时间）早于某日期，或早于某阶段的开始/结束日期（截止前才能做）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse: parseDay,
  check(params, env) {
    const today = toCalendarDate(env.facts.now);
    if (!today) return refuse('缺少当前日期');
    const day = resolveDay(params, env);
    if ('missing' in day) return refuse(day.missing);
    return today < day.day ? PASS : refuse(`已过截止时间：须在${day.what}之前`);
  },
};

export const withinPhase: GuardSpec<WithinPhaseParams> = {
  summary: '当天在某阶段的起止日期之内（含首尾两天；facts.phases）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    const errors = parsePhaseName(raw, ctx);
    return errors.length > 0 ? failMany(errors) : ok({ phase: raw as string });
  },
  check({ phase }, { facts, definition }) {
    const today = toCalendarDate(facts.now);
    if (!today) return refuse('缺少当前日期');
    const label = definition.phases[phase]?.label ?? phase;
    const dates = facts.phases?.[phase];
    const starts = toCalendarDate(dates?.startsOn);
    const ends = toCalendarDate(dates?.endsOn);
    if (!starts || !ends) return refuse(`未设置${label}的起止日期`);
    if (today < starts) return refuse(`${label}尚未开始（${starts} 开始）`);
    if (today > ends) return refuse(`${label}已结束（${ends} 结束）`);
    return PASS;
  },
};
