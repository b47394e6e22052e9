import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { Task } from './task.entity';
import { TaskWriter } from './task-writer.service';
import { TaskCounts } from './task-counts.service';

/** Task rows, their writes and counts; the `tasks` query lives in TaskTableModule (it needs the workflow). */
@Module({
  imports: [MikroOrmModule.forFeature([Task]), OrganisationsModule, IndicatorSystemsModule],
  providers: [TaskWriter, TaskCounts],
  exports: [TaskWriter, TaskCounts],
})
export class TasksModule {}
