import type { EntityManager } from '@mikro-orm/postgresql';
import { assertStorableText } from '@accredit/api-kit';
import { isCalendarDate } from '@accredit/calendar-date';
import { requirementCodesOfRule } from '@accredit/indicator-systems';
import type { Task } from '@accredit/tasks';
import { EvidenceRefusal, evidenceError } from './evidence.exception';

export const MAX_DESCRIPTION = 2000;

/** The code, trimmed, when the task's rule answers to that requirement; refused with the codes it does answer to otherwise. */
export async function assertRequirementCode(em: EntityManager, task: Task, code: string): Promise<string> {
  const wanted = code.trim();
  // The indicator system's own reading of which requirements the task's rule answers to.
  const codes = await requirementCodesOfRule(em, task.scoringRule.id);
  if (!codes.includes(wanted)) {
    throw evidenceError(
      EvidenceRefusal.BadRequirementCode,
      codes.length ? `佐证要求编号「${wanted}」不属于本任务的指标，可选：${codes.join('、')}` : `本任务的指标没有佐证要求，不能按编号「${wanted}」上传`,
      { field: 'requirementCode', requirementCode: wanted, allowed: codes },
    );
  }
  return wanted;
}

export function parseRefersTo(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!isCalendarDate(text)) {
    throw evidenceError(EvidenceRefusal.BadRefersTo, `材料日期格式不正确：${text}，请使用 YYYY-MM-DD，例如 2022-04-01`, { field: 'refersTo' });
  }
  return text;
}

export function parseDescription(value: string | null | undefined): string | null {
  const text = assertStorableText((value ?? '').trim(), 'description');
  if (text.length > MAX_DESCRIPTION) throw evidenceError(EvidenceRefusal.DescriptionTooLong, `说明最多 ${MAX_DESCRIPTION} 字，当前 ${text.length} 字`, { field: 'description' });
  return text || null;
}
