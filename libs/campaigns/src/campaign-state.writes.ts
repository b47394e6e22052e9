import type { EntityManager } from '@mikro-orm/postgresql';

// Writes the workflow runtime makes to campaigns and their participants, on the caller's
// EntityManager (its transaction, ADR 4): the runtime decides, this module changes its rows (ADR 13).

/** A row as its reader saw it: the version is what the compare-and-set expects. */
export interface RowVersion {
  id: string;
  version: number;
}

const affected = (result: unknown) => (result as { affectedRows?: number }).affectedRows ?? 0;

/** Moves a campaign to `state` only if nobody changed it since `expected` was read (compare-and-set, one statement). */
export async function setCampaignState(em: EntityManager, expected: RowVersion, state: string): Promise<boolean> {
  return affected(await em.execute(`update campaign set state = ?, version = version + 1, updated_at = now() where id = ? and version = ?`, [state, expected.id, expected.version], 'run')) === 1;
}

/** Moves a participant to `state` only if nobody changed it since `expected` was read (compare-and-set, one statement). */
export async function setParticipantState(em: EntityManager, expected: RowVersion, state: string): Promise<boolean> {
  return (
    affected(await em.execute(`update campaign_participant set state = ?, version = version + 1, updated_at = now() where id = ? and version = ?`, [state, expected.id, expected.version], 'run')) === 1
  );
}

/**
 * The same for many participants in one statement (a scheduled transition over a campaign's late
 * participants); returns the ids it moved: one changed meanwhile is left out.
 */
export async function setParticipantStates(em: EntityManager, expected: readonly RowVersion[], state: string): Promise<Set<string>> {
  if (expected.length === 0) return new Set();
  const moved = await em.execute<{ id: string }[]>(
    `update campaign_participant p set state = ?, version = p.version + 1, updated_at = now()
       from unnest(?::uuid[], ?::int[]) as expected(id, version)
      where p.id = expected.id and p.version = expected.version returning p.id`,
    [state, `{${expected.map((row) => row.id).join(',')}}`, `{${expected.map((row) => row.version).join(',')}}`],
  );
  return new Set(moved.map((row) => row.id));
}

/** Records a participant's outcome (a setOutcome effect: 命名, 不予命名 …) with the time it was decided. */
export async function setParticipantOutcome(em: EntityManager, participantId: string, outcome: string): Promise<void> {
  await em.execute(`update campaign_participant set outcome = ?, outcome_at = now() where id = ?`, [outcome, participantId], 'run');
}
