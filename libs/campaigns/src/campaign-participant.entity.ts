import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Organisation } from '@accredit/organisations';
import { Campaign } from './campaign.entity';

export const JOINED_BY = ['owner', 'invitation', 'application'] as const;
export type JoinedBy = (typeof JOINED_BY)[number];

/**
 * An organisation taking part in a campaign. It works in its own campaign (`workCampaign`: its
 * tasks, evidence, elective choices, scores and documents); this row carries its way through
 * the campaign's participant workflow (申报 → 推荐 → 命名 …) and its outcome. A district's own
 * campaign has one participant, the district itself, working in the campaign itself.
 */
@Entity({ tableName: 'campaign_participant' })
@Unique({ properties: ['campaign', 'organisation'] })
@Index({ properties: ['campaign', 'state'] })
export class CampaignParticipant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict', index: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Campaign, { ref: true, nullable: true, deleteRule: 'restrict', unique: true })
  workCampaign?: Ref<Campaign> | null;

  @Enum({ items: [...JOINED_BY], type: 'string', length: 20 })
  joinedBy!: JoinedBy;

  /** State in the campaign's participant workflow; null when the campaign has none (the owner alone). */
  @Property({ type: 'string', nullable: true })
  state?: string | null;

  /** Key of an outcome the participant workflow declares (named …), set by its setOutcome effect. */
  @Property({ type: 'string', nullable: true })
  outcome?: string | null;

  @Property({ type: 'datetime', nullable: true })
  outcomeAt?: Date | null;

  /** The user who applied or invited (null for the owner and for migrated rows). */
  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
