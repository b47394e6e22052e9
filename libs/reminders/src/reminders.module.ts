import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { NotificationsModule } from '@accredit/notifications';
import { OrganisationsModule } from '@accredit/organisations';
import { ReminderChannels } from './reminder-channels';
import { ReminderDelivery } from './reminder-delivery.entity';
import { ReminderLog } from './reminder-log.entity';
import { ReminderScanService } from './reminder-scan.service';
import { ReminderScheduler } from './reminder-scheduler';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';
import { RemindersResolver } from './reminders.resolver';
import { ManualRemindersService } from './manual-reminders.service';
import { TaskReminderLinks } from './task-reminder-links.resolver';

@Module({})
export class RemindersModule {
  /** `workflows`: the app's WorkflowRuntimeModule instance (scheduled transitions, stored definitions). */
  static forRoot(settings: ReminderSettings, workflows: DynamicModule): DynamicModule {
    return {
      module: RemindersModule,
      imports: [MikroOrmModule.forFeature([ReminderLog, ReminderDelivery]), NotificationsModule, OrganisationsModule, workflows],
      providers: [{ provide: REMINDER_SETTINGS, useValue: settings }, ReminderChannels, ReminderScanService, ReminderScheduler, RemindersResolver, TaskReminderLinks, ManualRemindersService],
      exports: [ReminderScanService],
    };
  }
}
