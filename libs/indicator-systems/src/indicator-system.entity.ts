import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { OwnedDefinition, ownedDefinitionUniqueIndex } from '@accredit/organisations';
import type { ScoringMode, VerdictScale } from '@accredit/scoring';

export type IndicatorSystemKind = 'template' | 'snapshot';

/**
 * A scored standard. Templates are versioned and never change once stored; a campaign works on
 * its own snapshot, copied from a template and bound to the organisation's departments. The owner
 * (null: the platform's, as the seeded Shapingba template) and its sharing concern templates.
 */
@Entity({ tableName: 'indicator_system' })
// key + version are unique per owner (an organisation, or the platform: null), so one district's template never blocks another's.
@Index(ownedDefinitionUniqueIndex('indicator_system', ['kind', 'campaign_key']))
export class IndicatorSystem extends OwnedDefinition {
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

  /** How the top-level indicators combine: `weights`, or `verdicts` for a checklist; null: points. */
  @Property({ type: 'string', length: 20, nullable: true })
  scoringMode?: ScoringMode | null;

  /** The verdicts checklist rules are judged with, best first; null: 达标 / 基本达标 / 未达标. */
  @Property({ type: 'jsonb', nullable: true })
  verdicts?: VerdictScale | null;

  /** Who stored this version (username), when a person did; null for seeds and set-up files. */
  @Property({ type: 'string', length: 100, nullable: true })
  createdBy?: string | null;
}
