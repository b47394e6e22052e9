import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '@accredit/organisations';
import type { ScoringMode, VerdictScale } from '@accredit/scoring';

export type IndicatorSystemKind = 'template' | 'snapshot';

/**
 * A scored standard. Templates are versioned and never change once stored; a campaign works on
 * its own snapshot, copied from a template and bound to the organisation's departments.
 */
@Entity({ tableName: 'indicator_system' })
// key + version are unique per owner (an organisation, or the platform: null), so one district's template never blocks another's.
@Index({
  name: 'indicator_system_owner_key_version_kind_campaign_key_unique',
  expression: `create unique index "indicator_system_owner_key_version_kind_campaign_key_unique" on "indicator_system" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid), "key", "version", "kind", "campaign_key")`,
})
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

  /** Templates: the organisation it belongs to; null for the platform's (the seeded Shapingba template). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  owner?: Ref<Organisation> | null;

  /** How the top-level indicators combine: `weights`, or `verdicts` for a checklist; null: points. */
  @Property({ type: 'string', length: 20, nullable: true })
  scoringMode?: ScoringMode | null;

  /** The verdicts checklist rules are judged with, best first; null: 达标 / 基本达标 / 未达标. */
  @Property({ type: 'jsonb', nullable: true })
  verdicts?: VerdictScale | null;

  /** Who stored this version (username), when a person did; null for seeds and set-up files. */
  @Property({ type: 'string', length: 100, nullable: true })
  createdBy?: string | null;

  /** Templates: whether the owner's descendants may use it too. */
  @Property({ type: 'boolean' })
  shareWithDescendants: boolean & Opt = false;
}
