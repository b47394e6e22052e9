import { Entity, Index, ManyToOne, type Opt, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Notification } from './notification.entity';

/**
 * One person has read one notice (no row: unread). Notices are addressed to roles and
 * departments, so reading is per person. `user` is an app_user id; identity depends on this
 * module (through the workflow runtime), so the reference is by id.
 */
@Entity({ tableName: 'notification_read' })
@Index({ properties: ['notification'] })
export class NotificationRead {
  [PrimaryKeyProp]?: ['userId', 'notification'];

  @Property({ type: 'uuid', primary: true })
  userId!: string;

  @ManyToOne(() => Notification, { ref: true, primary: true, deleteRule: 'cascade' })
  notification!: Ref<Notification>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  readAt: Date & Opt = new Date();
}
