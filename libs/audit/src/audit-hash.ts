import { createHash } from 'node:crypto';

/** The prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the serialisation below; a future change of it must use a new tag. */
const SERIALISATION = 'accredit-audit/1';

/** What a row's hash covers: everything it says, plus the hash of the row before it. */
export interface AuditContent {
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
  organisationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: Record<string, unknown>;
}

/**
 * JSON with object keys sorted at every level: the same data always gives the same text, however
 * it was written or how PostgreSQL's jsonb reordered the keys.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** The details as they will read back from jsonb: plain JSON (dates as ISO text, undefined dropped). */
export function normaliseDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  return details ? (JSON.parse(canonicalJson(details)) as Record<string, unknown>) : {};
}

/**
 * sha256 over a canonical serialisation of the row's content and the previous row's hash. The
 * row's id is not part of it: its position is fixed by the chain itself.
 */
export function auditHash(content: AuditContent, prevHash: string): string {
  const text = JSON.stringify([
    SERIALISATION,
    content.at.toISOString(),
    content.actorId,
    content.actorUsername,
    content.actorName,
    content.organisationId,
    content.action,
    content.entityType,
    content.entityId,
    canonicalJson(content.details),
    prevHash,
  ]);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
