import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@accredit/api-kit';
import { NotificationSubjectEnum } from './notification-subject';

@ObjectType('Notification', { description: '站内通知' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '标题' })
  title!: string;

  @Field({ description: '内容' })
  body!: string;

  @Field(() => NotificationSubjectEnum, { description: '相关对象类型' })
  entityType!: string;

  @Field(() => ID, { description: '相关对象编号' })
  entityId!: string;

  @Field({ description: '时间' })
  createdAt!: Date;

  @Field({ description: '我是否已读' })
  read!: boolean;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

@InputType({ description: '把我的通知标为已读' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: '要标为已读的通知（只限发给我的，一次最多 500 条）；不给时全部标为已读' })
  ids?: string[] | null;
}
