import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { SCORE_SOURCES, type ScoreSource } from './score-source';

/** The rule scores in a snapshot: rule code → points, veto flag and score id. */
export type SnapshotRules = Record<string, { ruleId: string; points: number; vetoed: boolean; scoreId: string | null }>;

/**
 * The scores of a campaign as they stood at a moment that matters (submitted for accreditation:
 * self; accredited: expert), taken by the workflow effect `snapshotScores`. Never changed.
 */
@Entity({ tableName: 'score_snapshot' })
@Index({ properties: ['campaign', 'takenAt'] })
export class ScoreSnapshot {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'restrict' })
  campaign!: Ref<Campaign>;

  @Enum({ items: [...SCORE_SOURCES], type: 'string' })
  source!: ScoreSource;

  /** Campaign total after every cap. */
  @Property({ type: 'numeric', precision: 7, scale: 2 })
  total!: string;

  @Property({ type: 'numeric', precision: 7, scale: 2 })
  maxTotal!: string;

  @Property({ type: 'boolean' })
  vetoed!: boolean;

  @Property({ type: 'integer' })
  scoredRules!: number;

  @Property({ type: 'integer' })
  rules!: number;

  /** Per indicator code: points after its cap. */
  @Property({ type: 'jsonb' })
  indicators!: Record<string, number>;

  @Property({ type: 'jsonb' })
  ruleScores!: SnapshotRules;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  takenAt: Date & Opt = new Date();
}
