import { joinOr, labelOf } from './labels';
import { fail, failMany, isAbsent, isRecord, knownItems, ok, stringList, type ParamError, type ParamResult } from './params';
import { REGION_LEVEL_LABELS } from './count-labels';
import { type GuardSpec, PASS, refuse } from './guard-spec';
import type { ActorIsParams, ActorPlace, OwnDepartmentParams, RegionLevel, RoleIsParams } from './types';

// Guards on who acts: by role, by department, or by where the actor's organisation stands to the
// subject's (the campaign's owner, the participant itself, or a level above it). roleIs refuses
// as "not now"; the other two as FORBIDDEN.

export const roleIs: GuardSpec<RoleIsParams> = {
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
    return refuse(`只有${joinOr(roles.map((role) => labelOf(definition.roles, role)))}可以执行此操作`);
  },
};

export const ownDepartment: GuardSpec<OwnDepartmentParams> = {
  summary: '执行人属于责任单位（actor.departmentId 等于 facts.ownerDepartmentId），否则按无权限拒绝。',
  refusal: 'FORBIDDEN',
  parse(raw) {
    return isAbsent(raw) ? ok({}) : fail('ownDepartment 不需要参数');
  },
  check(_params, { facts, actor }) {
    if (!facts.ownerDepartmentId) return refuse('缺少责任单位信息');
    return actor.departmentId === facts.ownerDepartmentId ? PASS : refuse('只有责任单位的人员可以执行此操作');
  },
};

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

export const actorIs: GuardSpec<ActorIsParams> = {
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
