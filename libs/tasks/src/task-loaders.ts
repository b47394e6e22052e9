import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, requestLoader } from '@accredit/api-kit';
import { Task } from './task.entity';
import type { TaskModel } from './task.model';
import { toTaskModel } from './to-task-model';

/**
 * Tasks by id for links from rows the caller already reads (a piece of evidence, an overdue row of
 * a dashboard), one statement per request level. It does not check access: each link says why
 * its parent's reader may read the task.
 */
export function taskLoader(context: object, em: EntityManager): DataLoader<string, TaskModel> {
  return requestLoader(context, 'task.byId', async (ids: readonly string[]) => byKeys(ids, (await em.find(Task, { id: { $in: [...ids] } })).map(toTaskModel), (task) => task.id));
}
