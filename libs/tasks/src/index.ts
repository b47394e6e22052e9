export * from './task.entity';
export * from './task.model';
export * from './expand-responsibilities';
export * from './tasks.service';
export * from './task-writer.service';
export * from './task-state.writes';
export * from './task-counts.service';
export * from './task-locks';
export * from './tasks.module';
export * from './task-table.module';
export * from './task-state-vocabulary';

import { Task } from './task.entity';
export const TASK_ENTITIES = [Task];
export * from './to-task-model';
export * from './task-loaders';
export * from './task.read-relations';
export * from './tasks.exception';
