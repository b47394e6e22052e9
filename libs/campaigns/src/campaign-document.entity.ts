import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from './campaign.entity';

/**
 * A campaign-level document (自评报告 self-assessment …) recorded as present; workflow guards
 * such as `documentPresent: self-assessment` read these.
 */
@Entity({ tableName: 'campaign_document' })
@Index({ properties: ['campaign', 'kind'] })
export class CampaignDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  /** The document key used by workflow definitions, e.g. self-assessment. */
  @Property({ type: 'string' })
  kind!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date & Opt = new Date();
}
