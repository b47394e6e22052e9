import { isCalendarDate, toCalendarDate } from './dates';
import { joinList, joinOr, labelOf, quote } from './labels';
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
  AllTasksInParams,
  CommentRequiredParams,
  DocumentPresentParams,
  Facts,
  GuardCallOf,
  GuardName,
  GuardParamsMap,
  HasEvidenceParams,
  OnOrAfterParams,
  OwnDepartmentParams,
  PathSegment,
  RefusalCode,
  RoleIsParams,
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

export interface GuardSpec<P> {
  /** One line, Chinese; shown by tooling. */
  readonly summary: string;
  /** Guards about who acts refuse as FORBIDDEN; the rest as TRANSITION_NOT_ALLOWED. */
  readonly refusal: RefusalCode;
  parse(raw: unknown, ctx: ParamContext): ParamResult<P>;
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

const documentPresent: GuardSpec<DocumentPresentParams> = {
  summary: '已上传所列文档（facts.documents），如 self-assessment。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    const documents = stringList(raw, '文档类型');
    if (!documents.ok) return failMany(documents.errors);
    const unknown = knownItems(
      documents.params,
      raw,
      ctx.documents,
      (doc) => `未声明的文档类型"${doc}"（请在 documents 中声明）`,
    );
    return unknown.length > 0 ? failMany(unknown) : ok({ documents: documents.params });
  },
  check({ documents }, { facts, definition }) {
    const present = facts.documents ?? [];
    const missing = documents.filter((doc) => !present.includes(doc));
    if (missing.length === 0) return PASS;
    return refuse(`尚未上传${joinList(missing.map((doc) => labelOf(definition.documents, doc)))}`);
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

export const guardRegistry: { readonly [K in GuardName]: GuardSpec<GuardParamsMap[K]> } = {
  hasEvidence,
  allTasksIn,
  commentRequired,
  roleIs,
  onOrAfter,
  documentPresent,
  ownDepartment,
};

export const GUARD_NAMES: readonly GuardName[] = Object.keys(guardRegistry) as GuardName[];

export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(guardRegistry, name);
}

export function parseGuard<K extends GuardName>(
  name: K,
  raw: unknown,
  ctx: ParamContext,
): ParamResult<GuardCallOf<K>> {
  const parsed = guardRegistry[name].parse(raw, ctx);
  return parsed.ok ? ok({ type: name, params: parsed.params }) : failMany(parsed.errors);
}

export function checkGuard<K extends GuardName>(call: GuardCallOf<K>, env: GuardEnv): GuardOutcome {
  const spec = guardRegistry[call.type];
  // Definitions may come back from storage; fail loudly rather than skip an unknown guard.
  if (!spec) throw new Error(`未知的守卫"${String(call.type)}"`);
  return spec.check(call.params, env);
}

export function guardRefusalCode(type: GuardName): RefusalCode {
  return guardRegistry[type].refusal;
}
