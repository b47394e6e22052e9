import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { requestLoader } from '@accredit/api-kit';
import { User } from '@accredit/identity';
import { TransitionLogModel } from './workflow.model';

/**
 * Who acted, as people know them: the user's name (张三), not the login id (kexie). The log is
 * append-only and older entries kept the login id, so the name is looked up when read (one
 * statement per request for all entries shown); an entry whose user is gone keeps what it stored.
 */
@Resolver(() => TransitionLogModel)
export class TransitionLogEntryResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => String, { description: '操作人姓名' })
  actorName(@Parent() entry: TransitionLogModel, @Context() context: object): Promise<string> {
    const loader = requestLoader<string, string | null>(context, 'user.displayName', async (ids) => {
      const users = await this.em.find(User, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] });
      const names = new Map(users.map((user) => [user.id, user.displayName]));
      return ids.map((id) => names.get(id) ?? null);
    });
    return loader.load(entry.actorId).then((name) => name ?? entry.actorName);
  }
}
