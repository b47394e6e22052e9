import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventModel } from '@accredit/audit';
import { PersonModel, toPersonModel } from './person';
import { userLoader } from './user-loaders';

/**
 * Who did what the audit row records, declared here because this module owns the users. A Person,
 * not a User: the log's readers (office and system admins) read the row's actorName already, the
 * link adds the organisation's name. Batched with every user link of the request; null when the
 * row names no user (the system, a failed login by an unknown name) or one no longer stored —
 * the log outlives what it mentions, and actorName/actorUsername stay as they were recorded.
 */
@Resolver(() => AuditEventModel)
export class AuditActorLink {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => PersonModel, { nullable: true, description: '操作人（姓名和所属单位名称，为现在的）；系统自身、登录失败时用户名不存在、或该用户已不存在时为空（actorName 仍是当时记下的姓名）' })
  async actor(@Parent() event: AuditEventModel, @Context() context: object): Promise<PersonModel | null> {
    if (!event.actorId) return null;
    // loadMany: a missing user is an Error in its place, not a failed field.
    const [user] = await userLoader(context, this.em).loadMany([event.actorId]);
    return user instanceof Error ? null : toPersonModel(user);
  }
}
