export * from './notification-subject';
export * from './notification.entity';
export * from './notification-read.entity';
export * from './notifications.service';
export * from './notifications.module';

import { Notification } from './notification.entity';
import { NotificationRead } from './notification-read.entity';
export const NOTIFICATION_ENTITIES = [Notification, NotificationRead];
export * from './notifications.exception';
