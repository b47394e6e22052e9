import { isCalendarDate, toCalendarDate } from '@accredit/calendar-date';
import { type CallSpec, callRegistry } from './call-registry';
import { joinList, joinOr, labelOf, quote } from './labels';
import { countIn, readQuota, scopeOf } from './quota-reading';
import {
  fail,
  failMany,
  isAbsent,
  isRecord,
  knownItems,
  ok,
  stringList,
  unexpectedKeys,
  type ParamContext,
  type ParamError,
  type ParamResult,
} from './params';
import type {
  Actor,
  ActorIsParams,
  ActorPlace,
  AllTasksInParams,
  BeforeParams,
  CommentRequiredParams,
  Countable,
  CountInStateParams,
  DayParams,
  DocumentFilePresentParams,
  DocumentPresentParams,
  ElectivesChosenParams,
  Facts,
  FormSubmittedParams,
  GuardCallOf,
  GuardName,
  GuardParamsMap,
  HasEvidenceParams,
  OnOrAfterParams,
  OwnDepartmentParams,
  PathSegment,
  QuotaBase,
  QuotaParams,
  RefusalCode,
  RegionLevel,
  RoleIsParams,
  WithinPhaseParams,
  WorkflowDefinition,
} from './types';

// Built-in guards. Each one parses (and normalises) its YAML parameters once, at load time,
// and checks caller-supplied facts at run time. Reasons are Chinese, without the
// "不能提交：" prefix, which the evaluator adds with the transition's label.

export interface GuardEnv {
  readonly definition: WorkflowDefinition;
  readonly actor: Actor;
  readonly facts: Facts;
}

export type GuardOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface GuardSpec<P> extends CallSpec<P> {
  /** Guards about who acts refuse as FORBIDDEN; the rest as TRANSITION_NOT_ALLOWED. */
  readonly refusal: RefusalCode;
  check(params: P, env: GuardEnv): GuardOutcome;
}

const PASS: GuardOutcome = { ok: true };

function refuse(reason: string): GuardOutcome {
  return { ok: false, reason };
}

function nest(prefix: readonly PathSegment[], errors: readonly ParamError[]): ParamError[] {
  return errors.map((error) => ({ path: [...prefix, ...error.path], message: error.message }));
}

// Long lists of codes would swamp a button tooltip.
const MAX_LISTED = 5;
function listCodes(codes: readonly string[]): string {
  if (codes.length <= MAX_LISTED) return joinList(codes);
  return `${joinList(codes.slice(0, MAX_LISTED))} 等 ${codes.length} 项`;
}

const hasEvidence: GuardSpec<HasEvidenceParams> = {
  summary: '已有佐证材料：至少一份（any，默认）、覆盖任务的全部指标（all）或覆盖所列指标。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (isAbsent(raw)) return ok({ requirements: 'any' });
    if (!isRecord(raw)) return fail('参数应为 { requirements: any | all | [指标编号…] }');
    const extra = unexpectedKeys(raw, ['requirements']);
    if (extra.length > 0) return failMany(extra);
    const requirements = raw['requirements'];
    if (requirements === undefined) return ok({ requirements: 'any' });
    if (requirements === 'any' || requirements === 'all') return ok({ requirements });
    if (Array.isArray(requirements)) {
      const codes = stringList(requirements, '指标编号');
      return codes.ok
        ? ok({ requirements: codes.params })
        : failMany(nest(['requirements'], codes.errors));
    }
    return fail('requirements 应为 any、all 或指标编号列表', ['requirements']);
  },
  check({ requirements }, { facts }) {
    const present = new Set(facts.evidence?.requirementCodes ?? []);
    if (requirements === 'any') {
      const count = facts.evidence?.count ?? present.size;
      return count > 0 ? PASS : refuse('尚无佐证材料');
    }
    const required = requirements === 'all' ? facts.requirements : requirements;
    if (!required) return refuse('缺少任务的指标信息');
    const missing = required.filter((code) => !present.has(code));
    return missing.length === 0 ? PASS : refuse(`${listCodes(missing)} 尚无佐证材料`);
  },
};

const allTasksIn: GuardSpec<AllTasksInParams> = {
  summary: '下属任务全部处于所列状态之一（读取 facts.childStates 统计）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    const states = stringList(raw, '状态');
    return states.ok ? ok({ states: states.params }) : failMany(states.errors);
  },
  check({ states }, { facts }) {
    const counts = facts.childStates;
    if (!counts) return refuse('缺少任务状态统计');
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (total === 0) return refuse('尚无任务');
    const done = states.reduce(
      (sum, state) => sum + (Object.hasOwn(counts, state) ? counts[state] : 0),
      0,
    );
    const remaining = total - done;
    if (remaining === 0) return PASS;
    const labels = states.map((state) => quote(labelOf(facts.childStateLabels ?? {}, state)));
    return refuse(`还有 ${remaining} 项任务未处于${joinOr(labels)}状态（共 ${total} 项）`);
  },
};

const commentRequired: GuardSpec<CommentRequiredParams> = {
  summary: '需要填写意见（facts.comment）；可用 minLength 规定最少字数。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (isAbsent(raw) || raw === true) return ok({ minLength: 1 });
    if (!isRecord(raw)) return fail('参数应省略，或为 { minLength: 字数 }');
    const extra = unexpectedKeys(raw, ['minLength']);
    if (extra.length > 0) return failMany(extra);
    const minLength = raw['minLength'] ?? 1;
    if (typeof minLength !== 'number' || !Number.isInteger(minLength) || minLength < 1) {
      return fail('minLength 应为正整数', ['minLength']);
    }
    return ok({ minLength });
  },
  check({ minLength }, { facts }) {
    // Count code points so a Chinese character counts as one.
    const length = [...(facts.comment ?? '').trim()].length;
    if (length >= minLength) return PASS;
    return refuse(minLength === 1 ? '需要填写意见' : `意见不少于 ${minLength} 字`);
  },
};

const roleIs: GuardSpec<RoleIsParams> = {
  summary: '执行人具有所列角色之一（与 roles 不同，失败时按“当前不可执行”而非“无权限”拒绝）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    const roles = stringList(raw, '角色');
    if (!roles.ok) return failMany(roles.errors);
    const unknown = knownItems(roles.params, raw, ctx.roles, (role) => `未知的角色"${role}"`);
    return unknown.length > 0 ? failMany(unknown) : ok({ roles: roles.params });
  },
  check({ roles }, { actor, definition }) {
    if (actor.roles.some((role) => roles.includes(role))) return PASS;
    return refuse(
      `只有${joinOr(roles.map((role) => labelOf(definition.roles, role)))}可以执行此操作`,
    );
  },
};

const onOrAfter: GuardSpec<OnOrAfterParams> = {
  summary: '当天（facts.now，按北京时间）不早于某日期，或某阶段的开始/结束日期（facts.phases）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    if (typeof raw === 'string') {
      return isCalendarDate(raw) ? ok({ date: raw }) : fail(`日期"${raw}"无效，应为 YYYY-MM-DD`);
    }
    if (!isRecord(raw)) return fail('参数应为日期 YYYY-MM-DD，或 { phase: 阶段, at: start | end }');
    const errors = unexpectedKeys(raw, ['phase', 'at']);
    const phase = raw['phase'];
    const at = raw['at'] ?? 'start';
    if (typeof phase !== 'string') {
      errors.push({ path: ['phase'], message: '缺少阶段 phase' });
    } else if (!Object.hasOwn(ctx.phases, phase)) {
      errors.push({ path: ['phase'], message: `未声明的阶段"${phase}"（请在 phases 中声明）` });
    }
    if (at !== 'start' && at !== 'end')
      errors.push({ path: ['at'], message: 'at 应为 start 或 end' });
    if (errors.length > 0 || typeof phase !== 'string' || (at !== 'start' && at !== 'end')) {
      return failMany(errors);
    }
    return ok({ phase, at });
  },
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

// Documents (documentPresent: recorded; documentFilePresent: with a file): a list of the
// document kinds the definition declares, each checked against those the facts list.

const parseDocuments: CallSpec<DocumentPresentParams>['parse'] = (raw, ctx) => {
  const documents = stringList(raw, '文档类型');
  if (!documents.ok) return failMany(documents.errors);
  const unknown = knownItems(
    documents.params,
    raw,
    ctx.documents,
    (doc) => `未声明的文档类型"${doc}"（请在 documents 中声明）`,
  );
  return unknown.length > 0 ? failMany(unknown) : ok({ documents: documents.params });
};

/** The labels of the `documents` not among `present`, listed; null when none is missing. */
function missingDocuments(documents: readonly string[], present: readonly string[] | undefined, definition: GuardEnv['definition']): string | null {
  const missing = documents.filter((doc) => !(present ?? []).includes(doc));
  return missing.length === 0 ? null : joinList(missing.map((doc) => labelOf(definition.documents, doc)));
}

const documentPresent: GuardSpec<DocumentPresentParams> = {
  summary: '已上传所列文档（facts.documents），如 self-assessment。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse: parseDocuments,
  check({ documents }, { facts, definition }) {
    const missing = missingDocuments(documents, facts.documents, definition);
    return missing === null ? PASS : refuse(`尚未上传${missing}`);
  },
};

const ownDepartment: GuardSpec<OwnDepartmentParams> = {
  summary:
    '执行人属于责任单位（actor.departmentId 等于 facts.ownerDepartmentId），否则按无权限拒绝。',
  refusal: 'FORBIDDEN',
  parse(raw) {
    return isAbsent(raw) ? ok({}) : fail('ownDepartment 不需要参数');
  },
  check(_params, { facts, actor }) {
    if (!facts.ownerDepartmentId) return refuse('缺少责任单位信息');
    return actor.departmentId === facts.ownerDepartmentId
      ? PASS
      : refuse('只有责任单位的人员可以执行此操作');
  },
};

// ---------------------------------------------------------------------------------------------
// Dates: before a day, within a phase (onOrAfter above is "after").

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
  const errors = [
    ...unexpectedKeys(raw, ['phase', 'at']),
    ...parsePhaseName(raw['phase'], ctx, ['phase']),
  ];
  const at = raw['at'] ?? 'start';
  if (at !== 'start' && at !== 'end')
    errors.push({ path: ['at'], message: 'at 应为 start 或 end' });
  if (errors.length > 0) return failMany(errors);
  return ok({ phase: raw['phase'] as string, at: at as 'start' | 'end' });
}

/** The day a parameter names, with its description; or why it is unknown. */
function resolveDay(
  params: DayParams,
  env: GuardEnv,
): { day: string; what: string } | { missing: string } {
  if ('date' in params) return { day: params.date, what: params.date };
  const phaseLabel = env.definition.phases[params.phase]?.label ?? params.phase;
  const dates = env.facts.phases?.[params.phase];
  const boundary = params.at === 'start' ? '开始' : '结束';
  const day = toCalendarDate(params.at === 'start' ? dates?.startsOn : dates?.endsOn);
  if (!day) return { missing: `未设置${phaseLabel}的${boundary}日期` };
  return { day, what: `${phaseLabel}${boundary}日期（${day}）` };
}

const before: GuardSpec<BeforeParams> = {
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

const withinPhase: GuardSpec<WithinPhaseParams> = {
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

// ---------------------------------------------------------------------------------------------
// Documents with a file

const documentFilePresent: GuardSpec<DocumentFilePresentParams> = {
  summary: '所列类别的文档已登记且附有文件（facts.documentFiles），如 inspection-report。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse: parseDocuments,
  check({ documents }, { facts, definition }) {
    const missing = missingDocuments(documents, facts.documentFiles, definition);
    return missing === null ? PASS : refuse(`尚未上传${missing}的文件`);
  },
};

// ---------------------------------------------------------------------------------------------
// Counts and quotas. What can be counted is a closed list, each read from facts.counts; `within`
// reads the same counts within the subject's region (a participant county's province).

// `objections`: the objections (异议) filed against the subject itself, per state (open, answered);
// `earlierParticipants`: the participants of the owner's earlier campaigns on the same participant
// workflow (earlier batches), e.g. the counties a province already has named.
export const COUNTABLES: Readonly<Record<Countable, string>> = { tasks: '任务', participants: '参与单位', objections: '异议', earlierParticipants: '此前批次的参与单位' };
/** Levels a count may be limited to (`within`): the subject's ancestor at that level. */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, string>> = { province: '省', city: '市' };
/** Organisation levels a quota base may count (descendants of the campaign's owner). */
export const ORGANISATION_LEVEL_LABELS: Readonly<Record<string, string>> = {
  province: '省',
  city: '市',
  county: '县（区）',
};

function parseCountable(raw: unknown): ParamError[] {
  if (typeof raw === 'string' && Object.hasOwn(COUNTABLES, raw)) return [];
  return [{ path: ['of'], message: `of 应为可计数的对象：${Object.keys(COUNTABLES).join('、')}` }];
}

function parseCount(value: unknown, key: string): ParamError[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? []
    : [{ path: [key], message: `${key} 应为非负整数` }];
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

const countInState: GuardSpec<CountInStateParams> = {
  summary: '处于所列状态的对象（如任务）数量不多于 atMost / 不少于 atLeast（facts.counts）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (!isRecord(raw))
      return fail('参数应为 { of: tasks | participants, within: province, states: [状态…], atMost: 数量, atLeast: 数量 }');
    const errors = [
      ...unexpectedKeys(raw, ['of', 'within', 'states', 'atMost', 'atLeast']),
      ...parseCountable(raw['of']),
      ...parseWithin(raw['within']),
    ];
    const states = statesOf(raw['states'], 'states', errors);
    errors.push(...parseCount(raw['atMost'], 'atMost'), ...parseCount(raw['atLeast'], 'atLeast'));
    if (raw['atMost'] === undefined && raw['atLeast'] === undefined)
      errors.push({ path: [], message: '须给出 atMost 或 atLeast' });
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
    if (atMost !== undefined && count > atMost)
      return refuse(`${where}有 ${count} 个，最多 ${atMost} 个`);
    if (atLeast !== undefined && count < atLeast)
      return refuse(`${where}只有 ${count} 个，至少需要 ${atLeast} 个`);
    return PASS;
  },
};

function parseBase(raw: unknown): ParamResult<QuotaBase> {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0
      ? ok({ number: raw })
      : fail('base 应为非负整数', ['base']);
  }
  if (isRecord(raw) && Object.keys(raw).length === 1) {
    if (typeof raw['total'] === 'string') {
      return Object.hasOwn(COUNTABLES, raw['total'])
        ? ok({ total: raw['total'] as Countable })
        : fail(`total 应为：${Object.keys(COUNTABLES).join('、')}`, ['base', 'total']);
    }
    if (typeof raw['organisations'] === 'string') {
      return Object.hasOwn(ORGANISATION_LEVEL_LABELS, raw['organisations'])
        ? ok({ organisations: raw['organisations'] })
        : fail(`organisations 应为单位层级：${Object.keys(ORGANISATION_LEVEL_LABELS).join('、')}`, [
            'base',
            'organisations',
          ]);
    }
  }
  return fail(
    'base 应为数量、{ total: tasks }（对象总数）或 { organisations: county }（下级单位数）',
    ['base'],
  );
}

/** How the base reads in a refusal: 下级县（区）数 38. */
function baseText(base: QuotaBase, n: number): string {
  if ('number' in base) return `${n}`;
  if ('total' in base) return `${COUNTABLES[base.total]}总数 ${n}`;
  return `下级${ORGANISATION_LEVEL_LABELS[base.organisations]}数 ${n}`;
}

const quota: GuardSpec<QuotaParams> = {
  summary:
    '名额：进入所列状态的对象不超过 ⌊percent % × base⌋（或 base）减去 minus 状态中已占的数量；本次迁移计为再占一个。',
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
    const base =
      raw['base'] === undefined ? fail<QuotaBase>('缺少 base（名额基数）') : parseBase(raw['base']);
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
    const less =
      minus.length > 0 ? `，减去${whose}已处于${stateNames(facts, minusOf ?? of, minus)}状态的 ${already} 个` : '';
    return refuse(
      `${reading.where}名额已满：最多 ${allowed} 个（${how}${less}），已有 ${taken} 个处于${stateNames(facts, of, states)}状态`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Who acts, by organisation: the campaign's owner, the participant itself, or a level above it.

const PLACE_LABELS = { owner: '主办单位', participant: '参与单位本身' } as const;

function placeLabel(place: ActorPlace): string {
  return typeof place === 'string' ? PLACE_LABELS[place] : `参与单位所在的${REGION_LEVEL_LABELS[place.above]}`;
}

function parsePlace(raw: unknown, index: number): ParamResult<ActorPlace> {
  if (raw === 'owner' || raw === 'participant') return ok(raw);
  if (isRecord(raw) && Object.keys(raw).length === 1 && typeof raw['above'] === 'string' && Object.hasOwn(REGION_LEVEL_LABELS, raw['above'])) {
    return ok({ above: raw['above'] as RegionLevel });
  }
  return fail(`应为 owner（主办单位）、participant（参与单位本身）或 { above: ${Object.keys(REGION_LEVEL_LABELS).join(' | ')} }（参与单位所在的上级）`, [index]);
}

const actorIs: GuardSpec<ActorIsParams> = {
  summary: '执行人所在单位与对象的关系：主办单位（owner）、参与单位本身（participant）或其所在上级（{ above: province }），否则按无权限拒绝。',
  refusal: 'FORBIDDEN',
  parse(raw) {
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0) return fail('至少给出一种单位关系');
    const places: ActorPlace[] = [];
    const errors: ParamError[] = [];
    list.forEach((item, index) => {
      const parsed = parsePlace(item, index);
      if (parsed.ok) places.push(parsed.params);
      else errors.push(...parsed.errors);
    });
    return errors.length > 0 ? failMany(errors) : ok({ places });
  },
  check({ places }, { facts }) {
    const place = facts.actorPlace;
    if (!place) return refuse('缺少执行人所在单位的信息');
    const fits = places.some((wanted) => (typeof wanted === 'string' ? place[wanted] : place.above.includes(wanted.above)));
    return fits ? PASS : refuse(`只有${joinOr(places.map(placeLabel))}可以执行此操作`);
  },
};

// ---------------------------------------------------------------------------------------------
// Elective groups (选做): the subject's campaign chose between min and max options of each group.

function howMany(min: number, max: number): string {
  return min === max ? `${min} 项` : `${min} 至 ${max} 项`;
}

const electivesChosen: GuardSpec<ElectivesChosenParams> = {
  summary: '选做组已按要求选定：每组（或所列指标编号的组）所选项数在 min 与 max 之间（facts.electives）。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw) {
    if (isAbsent(raw) || raw === true) return ok({});
    if (!isRecord(raw)) return fail('参数应省略，或为 { groups: [选做组的指标编号…] }');
    const extra = unexpectedKeys(raw, ['groups']);
    if (extra.length > 0) return failMany(extra);
    if (raw['groups'] === undefined) return ok({});
    // Codes such as 2 are numbers in YAML unless quoted; both mean the indicator 2.
    const listed = Array.isArray(raw['groups']) ? raw['groups'].map((code) => (typeof code === 'number' ? String(code) : code)) : raw['groups'];
    const groups = stringList(listed, '指标编号');
    return groups.ok ? ok({ groups: groups.params }) : failMany(nest(['groups'], groups.errors));
  },
  check({ groups }, { facts }) {
    const electives = facts.electives;
    if (!electives) return refuse('缺少选做项的选择情况');
    const problems: string[] = [];
    // A listed code the campaign's indicator system does not have as a group cannot be satisfied.
    for (const code of groups ?? []) {
      if (!electives.some((group) => group.code === code)) problems.push(`指标 ${code} 不是本创建工作的选做组`);
    }
    for (const group of electives.filter((item) => !groups || groups.includes(item.code))) {
      if (group.chosen < group.min || group.chosen > group.max) {
        problems.push(`选做组「${group.code} ${group.title}」须选 ${howMany(group.min, group.max)}，已选 ${group.chosen} 项`);
      }
    }
    return problems.length === 0 ? PASS : refuse(problems.join('；'));
  },
};

// ---------------------------------------------------------------------------------------------
// Forms (表单): the subject's organisation submitted its filled copy in the subject's campaign.

const formSubmitted: GuardSpec<FormSubmittedParams> = {
  summary: '参与单位已在本创建工作中提交所列表单（facts.submittedForms），如 { form: annual-summary }；表单须在 forms 中声明。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    // `{ form: key }` as the YAML usually says it; a key or a list of keys also reads plainly.
    let listed: unknown = raw;
    if (isRecord(raw)) {
      const extra = unexpectedKeys(raw, ['form']);
      if (extra.length > 0) return failMany(extra);
      if (raw['form'] === undefined) return fail('缺少表单 form（表单定义的 key，如 annual-summary）', ['form']);
      listed = raw['form'];
    }
    const forms = stringList(listed, '表单');
    const at = isRecord(raw) ? ['form'] : [];
    if (!forms.ok) return failMany(nest(at, forms.errors));
    const unknown = knownItems(forms.params, listed, ctx.forms, (form) => `未声明的表单"${form}"（请在 forms 中声明，如 ${form}: 表单名称）`);
    return unknown.length > 0 ? failMany(nest(at, unknown)) : ok({ forms: forms.params });
  },
  check({ forms }, { facts, definition }) {
    const submitted = facts.submittedForms;
    if (!submitted) return refuse('缺少表单的提交情况');
    const missing = forms.filter((form) => !submitted.includes(form));
    if (missing.length === 0) return PASS;
    return refuse(`尚未提交${missing.map((form) => `《${labelOf(definition.forms, form)}》`).join('')}，请先填写并提交`);
  },
};

const guards = callRegistry<GuardParamsMap, { readonly [K in GuardName]: GuardSpec<GuardParamsMap[K]> }>('守卫', {
  hasEvidence,
  allTasksIn,
  commentRequired,
  roleIs,
  onOrAfter,
  documentPresent,
  ownDepartment,
  before,
  withinPhase,
  documentFilePresent,
  countInState,
  quota,
  actorIs,
  electivesChosen,
  formSubmitted,
});

export const guardRegistry = guards.specs;
export const GUARD_NAMES: readonly GuardName[] = guards.names;
export const isGuardName = guards.has;
export const parseGuard = guards.parse;

export function checkGuard<K extends GuardName>(call: GuardCallOf<K>, env: GuardEnv): GuardOutcome {
  // Definitions may come back from storage: an unknown guard throws rather than being skipped.
  return guards.spec(call.type).check(call.params, env);
}

export function guardRefusalCode(type: GuardName): RefusalCode {
  return guards.spec(type).refusal;
}
