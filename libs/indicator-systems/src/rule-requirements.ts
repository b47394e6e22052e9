import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The requirement codes (1-1 …) a scoring rule answers to: those of its indicator and of the
 * indicators above it, nearest first, each in table order. One statement, on the caller's `em`.
 */
export async function requirementCodesOfRule(em: EntityManager, ruleId: string): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>(
    `with recursive chain(id, parent_id, depth) as (
       select i.id, i.parent_id, 0 from indicator i join scoring_rule r on r.indicator_id = i.id where r.id = ?
       union all select p.id, p.parent_id, c.depth + 1 from indicator p join chain c on p.id = c.parent_id where c.depth < 10)
     select er.code from evidence_requirement er join chain c on c.id = er.indicator_id order by c.depth, er.sort_order`,
    [ruleId],
  );
  return rows.map((row) => row.code);
}
