export * from './deadline-status';
export * from './deadline-status.enum';
export * from './reminder-settings';
export * from './reminder-log.entity';
export * from './reminder-delivery.entity';
export * from './reminder-scan.service';
export * from './reminders.module';

import { ReminderDelivery } from './reminder-delivery.entity';
import { ReminderLog } from './reminder-log.entity';
export const REMINDER_ENTITIES = [ReminderLog, ReminderDelivery];
export * from './reminders.exception';
