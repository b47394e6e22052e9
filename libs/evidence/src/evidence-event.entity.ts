import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

export type EvidenceAction = 'upload' | 'replace' | 'delete' | 'restore';

/**
 * The evidence audit log: one row per action, appended and never changed (the migration adds a
 * trigger that refuses UPDATE and DELETE). Ids are plain columns, not foreign keys, so the log
 * outlives whatever it mentions.
 */
@Entity({ tableName: 'evidence_event' })
@Index({ properties: ['evidenceId', 'at'] })
@Index({ properties: ['taskId', 'at'] })
export class EvidenceEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'string', length: 64 })
  actorUsername!: string;

  @Enum({ items: ['upload', 'replace', 'delete', 'restore'], type: 'string' })
  action!: EvidenceAction;

  @Property({ type: 'uuid', nullable: true })
  evidenceId?: string | null;

  @Property({ type: 'uuid' })
  taskId!: string;

  @Property({ type: 'jsonb' })
  details: Record<string, unknown> & Opt = {};
}
