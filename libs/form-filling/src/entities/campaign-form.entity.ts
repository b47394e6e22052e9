import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { StoredFormDefinition } from './form-definition.entity';

/** A form a campaign asks of its participants (and of its owner), in the order it lists them. */
@Entity({ tableName: 'campaign_form' })
@Unique({ properties: ['campaign', 'definition'] })
export class CampaignForm {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => StoredFormDefinition, { ref: true, deleteRule: 'restrict', index: true })
  definition!: Ref<StoredFormDefinition>;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
