import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** The audit log, one hash-chained row per event (`id` orders the chain). */
export const AUDIT_EVENT_ROWS = readRelation(
  'audit.event',
  ['id', 'at', 'actor_id', 'actor_username', 'actor_name', 'organisation_id', 'action', 'entity_type', 'entity_id', 'details', 'prev_hash', 'hash'],
  'select id, at, actor_id, actor_username, actor_name, organisation_id, action, entity_type, entity_id, details, prev_hash, hash from audit_event',
);
