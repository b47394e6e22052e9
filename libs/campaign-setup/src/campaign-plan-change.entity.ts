import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';

export type PlanChangeSubject = 'phase' | 'task';

/**
 * One date changed by re-planning a running campaign: a phase's start or end, or a task's due
 * date; who, when, why, and old → new. One re-plan (one reason) is one batch.
 */
@Entity({ tableName: 'campaign_plan_change' })
@Index({ properties: ['campaign', 'at'] })
export class CampaignPlanChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  /** The re-plan this change belongs to. */
  @Property({ type: 'uuid' })
  batchId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string' })
  actorName!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: ['phase', 'task'], type: 'string' })
  subjectType!: PlanChangeSubject;

  /** The phase or task changed. */
  @Property({ type: 'uuid' })
  subjectId!: string;

  /** What it is, for reading the log (创建阶段; 1.2 区科协). */
  @Property({ type: 'text' })
  subjectLabel!: string;

  /** startsOn, endsOn or dueOn. */
  @Property({ type: 'string', length: 16 })
  field!: string;

  @Property({ type: 'date', nullable: true })
  oldValue?: string | null;

  @Property({ type: 'date', nullable: true })
  newValue?: string | null;
}
