import type { EntityManager } from '@mikro-orm/postgresql';

// Writes the workflow runtime makes to task rows, on the caller's EntityManager (its transaction,
// ADR 4): the runtime decides what changes, this module owns how its rows change (ADR 13).

/** A task as its reader saw it: the version is what the compare-and-set expects. */
export interface TaskVersion {
  id: string;
  version: number;
}

/**
 * Moves a task to `state` only if nobody changed it since `expected` was read (compare-and-set on
 * the version, one statement): of concurrent transitions from the same version exactly one wins.
 */
export async function setTaskState(em: EntityManager, expected: TaskVersion, state: string): Promise<boolean> {
  const changed = await em.execute(`update task set state = ?, version = version + 1, updated_at = now() where id = ? and version = ?`, [state, expected.id, expected.version], 'run');
  return (changed as { affectedRows?: number }).affectedRows === 1;
}

/** Sets one task's due date (a transition's setDueDate effect). */
export async function setTaskDueOn(em: EntityManager, taskId: string, dueOn: string): Promise<void> {
  await em.execute(`update task set due_on = ?, updated_at = now() where id = ?`, [dueOn, taskId], 'run');
}

/** Sets the due date of every task of a campaign that is not in one of `finalStates` (its open work). */
export async function setOpenTasksDueOn(em: EntityManager, campaignId: string, dueOn: string, finalStates: readonly string[]): Promise<void> {
  await em.execute(`update task set due_on = ?, updated_at = now() where campaign_id = ? and not (state = any(?::text[]))`, [dueOn, campaignId, `{${finalStates.join(',')}}`], 'run');
}
