import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { TASK_STATE_VOCABULARY, type TaskStateVocabulary } from './task-state-vocabulary';
import { TaskResolver } from './task.resolver';
import { TasksModule } from './tasks.module';
import { TasksService } from './tasks.service';

export interface TaskTablePorts {
  /** The modules exporting `stateVocabulary` (the workflow runtime sits above this library, so the app wires it). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** What the campaign's task workflow says about states (its review queue): required, so an unwired app fails at boot. */
  stateVocabulary: Type<TaskStateVocabulary>;
}

/**
 * The task table (the `tasks` query): the only part of tasks that needs the workflow's state
 * vocabulary, kept apart so that modules importing TasksModule for writes and counts do not.
 */
@Module({})
export class TaskTableModule {
  static forRoot(ports: TaskTablePorts): DynamicModule {
    return {
      module: TaskTableModule,
      imports: [TasksModule, OrganisationsModule, IndicatorSystemsModule, ...ports.imports],
      providers: [{ provide: TASK_STATE_VOCABULARY, useExisting: ports.stateVocabulary }, TasksService, TaskResolver],
      exports: [TasksService],
    };
  }
}
