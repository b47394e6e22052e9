import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A task's workflow state, read under a share lock in the caller's transaction (`em`): a
 * transition of the task (which updates its row) waits until that transaction ends, so what the
 * caller decided from the state (evidence may still be changed) holds while it writes. Null: no
 * such task.
 */
export async function lockTaskStateForShare(em: EntityManager, taskId: string): Promise<string | null> {
  const [row] = await em.execute<{ state: string }[]>('select state from task where id = ? for share', [taskId]);
  return row ? row.state : null;
}
