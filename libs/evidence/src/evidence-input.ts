import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertStorableText, isLocalDate } from '@accredit/api-kit';
import type { Task } from '@accredit/tasks';

export const MAX_DESCRIPTION = 2000;

/** The requirement codes (1-1 …) of a task's indicator and its ancestors, in table order. */
export async function requirementCodesOf(em: EntityManager, task: Task): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>(
    `with recursive chain(id, parent_id, depth) as (
       select i.id, i.parent_id, 0 from indicator i join scoring_rule r on r.indicator_id = i.id where r.id = ?
       union all select p.id, p.parent_id, c.depth + 1 from indicator p join chain c on p.id = c.parent_id where c.depth < 10)
     select er.code from evidence_requirement er join chain c on c.id = er.indicator_id order by c.depth, er.sort_order`,
    [task.scoringRule.id],
  );
  return rows.map((row) => row.code);
}

export async function assertRequirementCode(em: EntityManager, task: Task, code: string): Promise<string> {
  const wanted = code.trim();
  const codes = await requirementCodesOf(em, task);
  if (!codes.includes(wanted)) {
    throw AppError.validation(
      codes.length ? `佐证要求编号「${wanted}」不属于本任务的指标，可选：${codes.join('、')}` : `本任务的指标没有佐证要求，不能按编号「${wanted}」上传`,
      { field: 'requirementCode', requirementCode: wanted, allowed: codes },
    );
  }
  return wanted;
}

export function parseRefersTo(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!isLocalDate(text)) {
    throw AppError.validation(`材料日期格式不正确：${text}，请使用 YYYY-MM-DD，例如 2022-04-01`, { field: 'refersTo' });
  }
  return text;
}

export function parseDescription(value: string | null | undefined): string | null {
  const text = assertStorableText((value ?? '').trim(), 'description');
  if (text.length > MAX_DESCRIPTION) throw AppError.validation(`说明最多 ${MAX_DESCRIPTION} 字，当前 ${text.length} 字`, { field: 'description' });
  return text || null;
}
