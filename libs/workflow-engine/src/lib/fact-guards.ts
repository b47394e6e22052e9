import { joinOr, labelOf, quote } from './labels';
import { fail, failMany, isAbsent, isRecord, ok, stringList, unexpectedKeys } from './params';
import { type GuardSpec, PASS, listCodes, nest, refuse } from './guard-spec';
import type { AllTasksInParams, CommentRequiredParams, ElectivesChosenParams, HasEvidenceParams } from './types';

// Guards on the work done: evidence gathered, child tasks finished, a comment given, elective
// groups (选做) chosen.

export const hasEvidence: GuardSpec<HasEvidenceParams> = {
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
      return codes.ok ? ok({ requirements: codes.params }) : failMany(nest(['requirements'], codes.errors));
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

export const allTasksIn: GuardSpec<AllTasksInParams> = {
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
    const done = states.reduce((sum, state) => sum + (Object.hasOwn(counts, state) ? counts[state] : 0), 0);
    const remaining = total - done;
    if (remaining === 0) return PASS;
    const labels = states.map((state) => quote(labelOf(facts.childStateLabels ?? {}, state)));
    return refuse(`还有 ${remaining} 项任务未处于${joinOr(labels)}状态（共 ${total} 项）`);
  },
};

export const commentRequired: GuardSpec<CommentRequiredParams> = {
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

// Elective groups (选做): the subject's campaign chose between min and max options of each group.
function howMany(min: number, max: number): string {
  return min === max ? `${min} 项` : `${min} 至 ${max} 项`;
}

export const electivesChosen: GuardSpec<ElectivesChosenParams> = {
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
