import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AUDIT_ACTIONS, type AuditAction } from './audit-action';

/**
 * The audit log: one hash-chained row per audited action, appended in the transaction of the
 * change it records (appendAudit) and never changed — the migration adds triggers that refuse
 * UPDATE, DELETE and TRUNCATE. Ids are gapless (the previous id + 1, assigned under the chain's
 * lock), so a missing id is a deleted row. Ids of users and things are plain columns, not foreign
 * keys: the log outlives whatever it mentions. Rows are written with SQL only; the entity is for
 * reading and for the schema.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['organisationId', 'id'] })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['actorId', 'id'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  id!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  /** Null: the system itself (start-up, seeding), or a failed login with an unknown username. */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** The username, or the one typed at a failed login. */
  @Property({ type: 'string', length: 255, nullable: true })
  actorUsername?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  actorName?: string | null;

  /** Whose data it is: office admins see their organisation's rows. */
  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Enum({ items: [...AUDIT_ACTIONS], type: 'string' })
  action!: AuditAction;

  @Property({ type: 'string', length: 40, nullable: true })
  entityType?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  entityId?: string | null;

  @Property({ type: 'jsonb' })
  details!: Record<string, unknown>;

  /** Unique: two rows can never follow the same row, so the chain cannot fork. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
