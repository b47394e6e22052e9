import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';

export type IndicatorSystemKind = 'template' | 'snapshot';

/**
 * A scored standard. Templates are versioned and never change once stored; a campaign works on
 * its own snapshot, copied from a template and bound to the organisation's departments.
 */
@Entity({ tableName: 'indicator_system' })
@Unique({ properties: ['key', 'version', 'kind', 'campaignKey'] })
export class IndicatorSystem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: ['template', 'snapshot'], type: 'string' })
  kind!: IndicatorSystemKind;

  /** For snapshots: which campaign owns it (unique per campaign); '' for templates. */
  @Property({ type: 'string' })
  campaignKey: string & Opt = '';

  @ManyToOne(() => IndicatorSystem, { ref: true, nullable: true, deleteRule: 'set null' })
  derivedFrom?: Ref<IndicatorSystem> | null;

  @Property({ type: 'text', nullable: true })
  source?: string | null;

  /** Stated total (100); null for systems without points. */
  @Property({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  totalScore?: string | null;

  /** sha256 of the imported content, to recognise the same template imported twice. */
  @Property({ type: 'string', length: 64 })
  checksum!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
