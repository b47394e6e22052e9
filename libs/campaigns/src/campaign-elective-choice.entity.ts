import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Indicator } from '@accredit/indicator-systems';
import { Campaign } from './campaign.entity';

/**
 * An option chosen in an elective group (选做) of a campaign: the group and option are indicators
 * of the campaign's snapshot; who chose it and when. Tasks exist only for chosen options.
 * Written by campaign-setup through setElectiveChoice (ADR 14); read by scores and the workflow facts.
 */
@Entity({ tableName: 'campaign_elective_choice' })
@Unique({ properties: ['campaign', 'option'] })
@Index({ properties: ['campaign', 'group'] })
export class CampaignElectiveChoice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  group!: Ref<Indicator>;

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  option!: Ref<Indicator>;

  @Property({ type: 'uuid', nullable: true })
  chosenById?: string | null;

  @Property({ type: 'string' })
  chosenByName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  chosenAt: Date & Opt = new Date();
}
