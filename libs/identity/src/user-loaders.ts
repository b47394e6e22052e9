import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, requestLoader } from '@accredit/api-kit';
import { User } from './user.entity';

/**
 * Users by id for links from rows the caller already reads (a campaign role assignment), one
 * statement per request level; the organisation comes along for User.organisationName.
 */
export function userLoader(context: object, em: EntityManager): DataLoader<string, User> {
  return requestLoader(context, 'user.byId', async (ids: readonly string[]) => byKeys(ids, await em.find(User, { id: { $in: [...ids] } }, { populate: ['organisation'] }), (user) => user.id));
}
