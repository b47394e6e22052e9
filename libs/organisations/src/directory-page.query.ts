import type { EntityClass, EntityManager, ObjectQuery, QBQueryOrderMap, QueryBuilder } from '@mikro-orm/postgresql';
import type { Department } from './department.entity';
import type { DepartmentGroup } from './department-group.entity';

/**
 * `size + 1` departments or groups after a cursor's key, in (organisation, sort order, name, id)
 * order. One row comparison, not an OR per column: an index that starts with the organisation
 * then starts at the key instead of reading every row before it (tests/api/keyset-plans.spec.ts).
 */
export function directoryPageQuery<E extends Department | DepartmentGroup>(
  em: EntityManager,
  entity: EntityClass<E>,
  where: ObjectQuery<E>,
  from: readonly unknown[] | null,
  size: number,
): QueryBuilder<E> {
  const qb = em.createQueryBuilder(entity, 'e').select('*').where(where);
  if (from) qb.andWhere('(e.organisation_id, e.sort_order, e.name, e.id) > (?, ?, ?, ?)', [...from]);
  return qb.orderBy({ organisation: 'asc', sortOrder: 'asc', name: 'asc', id: 'asc' } as QBQueryOrderMap<E>).limit(size + 1);
}
