import type { EntityManager, ObjectQuery, QueryBuilder } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/**
 * `size + 1` accounts after a cursor's key, by login name then id. One row comparison: the
 * (organisation, username) index, or the username index platform-wide, starts at the key
 * instead of reading every account before it (tests/api/keyset-plans.spec.ts).
 */
export function userPageQuery(em: EntityManager, where: ObjectQuery<User>, from: readonly unknown[] | null, size: number): QueryBuilder<User> {
  const qb = em.createQueryBuilder(User, 'u').select('*').where(where);
  if (from) qb.andWhere('(u.username, u.id) > (?, ?)', [...from]);
  return qb.orderBy({ username: 'asc', id: 'asc' }).limit(size + 1);
}
