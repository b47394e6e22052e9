import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { FilledForm } from './filled-form.entity';

export const FORM_EDIT_ACTIONS = ['save', 'submit', 'sign_off', 'reopen'] as const;
export type FormEditAction = (typeof FORM_EDIT_ACTIONS)[number];

/**
 * One change of a filled form, appended in the change's transaction: who (with the name they had
 * then), when, what kind, which top-level fields changed and what they held before.
 */
@Entity({ tableName: 'filled_form_edit' })
@Index({ properties: ['form', 'at'] })
export class FilledFormEdit {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FilledForm, { ref: true, deleteRule: 'cascade' })
  form!: Ref<FilledForm>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  byId?: string | null;

  @Property({ type: 'string' })
  byName!: string;

  @Enum({ items: [...FORM_EDIT_ACTIONS], type: 'string', length: 20 })
  action!: FormEditAction;

  /** Top-level field keys changed. */
  @Property({ type: 'text[]' })
  fields!: string[];

  /** The previous values of those fields (absent keys were empty). */
  @Property({ type: 'jsonb' })
  previous!: Record<string, unknown>;

  /** The form's version after this change. */
  @Property({ type: 'integer' })
  version!: number;
}
