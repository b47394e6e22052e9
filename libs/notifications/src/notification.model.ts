import { Field, ID, ObjectType } from '@nestjs/graphql';
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
