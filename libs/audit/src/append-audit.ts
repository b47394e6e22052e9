import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction } from './audit-action';
import { GENESIS_HASH, auditHash, normaliseDetails } from './audit-hash';
import type { AuditEntityType } from './audit-entity-type';

/** Who did it. An api-kit Actor fits (a signed-in actor carries the user's name). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  displayName?: string | null;
  organisationId?: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  /** Null: the system itself (start-up registration, seeding). */
  actor: AuditActor | null;
  /** Whose data it is; defaults to the actor's organisation. */
  organisationId?: string | null;
  entityType?: AuditEntityType | null;
  entityId?: string | null;
  /** Small: ids, codes, from/to, a reason — never a file or a password. */
  details?: Record<string, unknown>;
}

/**
 * One lock for the whole chain, in the two-key advisory-lock space (apart from the single-key
 * locks taken elsewhere with hashtext()).
 */
const CHAIN_LOCK: [number, number] = [0x61756474, 1];
const MAX_DETAILS_CHARS = 16_000;

const clip = (value: string | null | undefined, length = 255): string | null => (value === null || value === undefined ? null : value.slice(0, length));

/**
 * Appends to the audit log in the caller's transaction, so the row commits or rolls back with the
 * change it records. Flushes the caller's pending changes first, then takes the chain's
 * transaction-scoped lock, reads the last row and inserts after it: concurrent transactions
 * append one after another and the chain never forks. Call it last in the transaction — the lock
 * is held until commit, and nothing should wait on other locks while holding it.
 */
export async function appendAudit(em: EntityManager, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list: readonly AuditEntry[] = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  if (!em.isInTransaction()) throw new Error('appendAudit must run inside the transaction of the change it records (em.transactional)');
  await em.flush();

  await em.execute('select pg_advisory_xact_lock(?, ?)', CHAIN_LOCK);
  const [head] = await em.execute<{ id: string | null; hash: string | null; now: Date }[]>(
    `select last.id, last.hash, date_trunc('milliseconds', clock_timestamp()) as now
       from (select 1) as one left join lateral (select id, hash from audit_event order by id desc limit 1) as last on true`,
  );
  let id = head.id === null ? 0 : Number(head.id);
  let prevHash = head.hash ?? GENESIS_HASH;
  const values: unknown[] = [];
  for (const entry of list) {
    const details = normaliseDetails(entry.details);
    const json = JSON.stringify(details);
    if (json.length > MAX_DETAILS_CHARS) throw new Error(`audit details of ${entry.action} too large (${json.length} characters)`);
    const content = {
      at: new Date(head.now),
      actorId: entry.actor?.userId ?? null,
      actorUsername: clip(entry.actor?.username),
      actorName: clip(entry.actor?.displayName ?? null),
      organisationId: entry.organisationId !== undefined ? entry.organisationId : (entry.actor?.organisationId ?? null),
      action: entry.action,
      entityType: clip(entry.entityType, 40),
      entityId: clip(entry.entityId),
      details,
    };
    const hash = auditHash(content, prevHash);
    id += 1;
    values.push(id, content.at, content.actorId, content.actorUsername, content.actorName, content.organisationId, content.action, content.entityType, content.entityId, json, prevHash, hash);
    prevHash = hash;
  }
  await em.execute(
    `insert into audit_event (id, at, actor_id, actor_username, actor_name, organisation_id, action, entity_type, entity_id, details, prev_hash, hash) values ${list
      .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)')
      .join(', ')}`,
    values,
  );
}
