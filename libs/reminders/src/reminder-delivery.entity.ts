import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department } from '@accredit/organisations';

/**
 * An outgoing message (e-mail or group-robot webhook), written with the scan that caused it and
 * sent after it commits; failures stay here and are retried by the next scan.
 */
@Entity({ tableName: 'reminder_delivery' })
@Unique({ properties: ['channel', 'department', 'day'] })
@Index({ properties: ['deliveredAt'] })
export class ReminderDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: ['email', 'webhook'], type: 'string' })
  channel!: 'email' | 'webhook';

  @ManyToOne(() => Department, { ref: true, deleteRule: 'cascade' })
  department!: Ref<Department>;

  @Property({ type: 'date' })
  day!: string;

  /** E-mail addresses; empty for the webhook. */
  @Property({ type: 'text[]' })
  recipients!: string[];

  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
