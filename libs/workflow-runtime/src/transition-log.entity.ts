import { randomUUID } from 'node:crypto';
import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** One applied transition. Append-only: the database refuses updates and deletes (migration). */
@Entity({ tableName: 'transition_log' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
export class TransitionLog {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'string' })
  definitionKey!: string;

  @Property({ type: 'integer' })
  definitionVersion!: number;

  @Property({ type: 'string' })
  event!: string;

  @Property({ type: 'string' })
  fromState!: string;

  @Property({ type: 'string' })
  toState!: string;

  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'string' })
  actorName!: string;

  @Property({ type: 'text[]' })
  actorRoles!: string[];

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** The effects that ran, as the definition named them. */
  @Property({ type: 'jsonb' })
  effects!: unknown[];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();
}
