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

  /**
   * Selection cap (遴选): at most `selectionMax` filled copies per organisation at level
   * `selectionPer` (a province chooses ≤ 5 典型案例) go forward; both null: no selection.
   */
  @Property({ type: 'string', length: 20, nullable: true })
  selectionPer?: SelectionLevel | null;

  @Property({ type: 'integer', nullable: true })
  selectionMax?: number | null;
}

/** The organisation levels a selection cap may count per (the filler's ancestor at that level chooses). */
export const SELECTION_LEVELS = ['province', 'city'] as const;
export type SelectionLevel = (typeof SELECTION_LEVELS)[number];
