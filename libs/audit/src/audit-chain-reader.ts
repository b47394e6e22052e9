import type { EntityManager } from '@mikro-orm/postgresql';
import { type ChainReport, type ChainRow, type ChainVerifyOptions, verifyAuditChain } from './audit-chain-verifier';

interface StoredRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

const toChainRow = (row: StoredRow): ChainRow => ({
  id: Number(row.id),
  at: new Date(row.at),
  actorId: row.actor_id,
  actorUsername: row.actor_username,
  actorName: row.actor_name,
  organisationId: row.organisation_id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  details: row.details ?? {},
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The stored chain in id order, a batch at a time (keyset pagination: memory stays flat). */
export async function* readAuditChain(em: EntityManager, batchSize = 2000): AsyncIterable<ChainRow> {
  let after = '-9223372036854775808';
  for (;;) {
    const rows = await em.execute<StoredRow[]>(
      `select id, at, actor_id, actor_username, actor_name, organisation_id, action, entity_type, entity_id, details, prev_hash, hash
         from audit_event where id > ? order by id limit ?`,
      [after, batchSize],
    );
    for (const row of rows) yield toChainRow(row);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}

/** Verifies the stored audit chain (see verifyAuditChain). */
export function verifyStoredAuditChain(em: EntityManager, options: ChainVerifyOptions = {}): Promise<ChainReport> {
  return verifyAuditChain(() => readAuditChain(em), options);
}
