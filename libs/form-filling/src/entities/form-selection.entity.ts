import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { Organisation } from '@accredit/organisations';
import { FilledForm } from './filled-form.entity';
import { StoredFormDefinition } from './form-definition.entity';

/**
 * A filled form chosen to go forward (典型案例, 宣讲团人选 …) by the office of its group — the
 * filler's ancestor at the level the campaign's cap counts per (a province). The cap lives on
 * CampaignForm; the count is taken under that row's lock, so two offices choosing at once cannot
 * pass it. A row exists only while selected; who chose and who withdrew is in the audit log.
 */
@Entity({ tableName: 'form_selection' })
@Unique({ properties: ['form'] })
@Index({ properties: ['campaign', 'definition', 'group'] })
export class FormSelection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => StoredFormDefinition, { ref: true, deleteRule: 'restrict' })
  definition!: Ref<StoredFormDefinition>;

  @ManyToOne(() => FilledForm, { ref: true, deleteRule: 'cascade' })
  form!: Ref<FilledForm>;

  /** The organisation whose cap this selection counts against (the filler's province). */
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  group!: Ref<Organisation>;

  @Property({ type: 'uuid' })
  selectedBy!: string;

  @Property({ type: 'string' })
  selectedByName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  selectedAt: Date & Opt = new Date();
}
