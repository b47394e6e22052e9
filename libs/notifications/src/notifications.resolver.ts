import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Connection, requireActor } from '@accredit/api-kit';
import { MarkNotificationsReadInput, NotificationConnection, NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: '我的站内通知（发给我的角色或我的部门），最新在前' })
  async notifications(
    @Context() context: object,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<NotificationModel>> {
    const page = await this.service.forActor(requireActor(context), first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: Object.assign(new NotificationModel(), {
          id: edge.node.id,
          title: edge.node.title,
          body: edge.node.body,
          entityType: edge.node.entityType,
          entityId: edge.node.entityId,
          createdAt: edge.node.createdAt,
          read: edge.node.read,
        }),
      })),
    };
  }

  @Query(() => Int, { description: '我的未读通知数' })
  async unreadNotificationCount(@Context() context: object): Promise<number> {
    return this.service.unreadCount(requireActor(context));
  }

  @Mutation(() => Int, { description: '把我的通知标为已读（只限发给我的）；不给编号时全部标为已读。返回新标记的条数' })
  async markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @Context() context: object): Promise<number> {
    return this.service.markRead(requireActor(context), input.ids ?? null);
  }
}
