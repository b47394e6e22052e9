import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { Organisation } from '@accredit/organisations';
import { StoredFormDefinition } from './form-definition.entity';

export const FILLED_FORM_STATUSES = ['draft', 'submitted'] as const;
export type FilledFormStatus = (typeof FILLED_FORM_STATUSES)[number];

/**
 * One organisation's copy of a form in a campaign: the values (FormValues of @accredit/forms,
 * keyed by field key), whether the filler has submitted it, and who last changed it. `version`
 * is the optimistic lock every save sends back; every change leaves a FilledFormEdit.
 */
@Entity({ tableName: 'filled_form' })
@Unique({ properties: ['campaign', 'organisation', 'definition'] })
@Index({ properties: ['campaign', 'definition'] })
export class FilledForm {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict', index: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => StoredFormDefinition, { ref: true, deleteRule: 'restrict' })
  definition!: Ref<StoredFormDefinition>;

  @Property({ type: 'jsonb' })
  values!: Record<string, unknown>;

  @Enum({ items: [...FILLED_FORM_STATUSES], type: 'string', length: 20 })
  status: FilledFormStatus & Opt = 'draft';

  /** 1 after the first save; the client sends it back as expectedVersion. */
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  updatedBy?: string | null;

  @Property({ type: 'string', nullable: true })
  updatedByName?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  submittedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
