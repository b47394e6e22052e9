import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { Task } from './task.entity';
import { TaskResolver } from './task.resolver';
import { TaskWriter } from './task-writer.service';
import { TasksService } from './tasks.service';
import { TaskCounts } from './task-counts.service';

@Module({
  imports: [MikroOrmModule.forFeature([Task]), OrganisationsModule, IndicatorSystemsModule],
  providers: [TasksService, TaskWriter, TaskCounts, TaskResolver],
  exports: [TasksService, TaskWriter, TaskCounts],
})
export class TasksModule {}
