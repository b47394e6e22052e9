import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Campaign } from './campaign.entity';

/** A phase (筹备/创建/认定) with planned dates, or a sub-step of one (parent set). */
@Entity({ tableName: 'campaign_phase' })
@Unique({ properties: ['campaign', 'key'] })
@Index({ properties: ['campaign', 'sortOrder'] })
export class CampaignPhase {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => CampaignPhase, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent?: Ref<CampaignPhase> | null;

  /** preparation, creation, creation.publicity … unique within the campaign. */
  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date', nullable: true })
  startsOn?: string | null;

  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
