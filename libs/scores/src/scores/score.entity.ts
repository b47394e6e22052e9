import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { User } from '@accredit/identity';
import { ScoringRule } from '@accredit/indicator-systems';
import { SCORE_SOURCES, type ScoreSource } from './score-source';

/**
 * One score given to one rule of a campaign, by the office (self) or an expert. Rows are never
 * changed or deleted: a new score supersedes the current one (supersededAt is set, once), so the
 * history of who scored what, when and why is kept. At most one current row per rule and source.
 */
@Entity({ tableName: 'score' })
@Index({ properties: ['campaign', 'source', 'supersededAt'] })
@Index({ properties: ['rule', 'source', 'scoredAt'] })
@Index({
  name: 'score_current_unique',
  expression: 'create unique index "score_current_unique" on "score" ("campaign_id", "rule_id", "source") where "superseded_at" is null',
})
export class Score {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'restrict' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => ScoringRule, { ref: true, deleteRule: 'restrict' })
  rule!: Ref<ScoringRule>;

  @Enum({ items: [...SCORE_SOURCES], type: 'string' })
  source!: ScoreSource;

  /** What the scorer recorded, by rule kind ({achieved: true}, {points: 2.5} …): the points follow from it. */
  @Property({ type: 'jsonb' })
  input!: Record<string, unknown>;

  @Property({ type: 'numeric', precision: 7, scale: 2 })
  points!: string;

  /** A veto rule that was triggered: the campaign fails. */
  @Property({ type: 'boolean' })
  vetoed!: boolean;

  /** How the points came about, from the scoring library (每项2分×3项…). */
  @Property({ type: 'text' })
  explanation!: string;

  /** The scorer's reason (自评理由 / 专家意见). */
  @Property({ type: 'text' })
  comment!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  scoredBy!: Ref<User>;

  /** The scorer's username at the time, kept for attribution. */
  @Property({ type: 'string', length: 255 })
  scoredByName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  scoredAt: Date & Opt = new Date();

  /** Set once, when a newer score of the same rule and source replaced this one. */
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;

  /** The score this one replaced, if any. */
  @Property({ type: 'uuid', nullable: true })
  replaces?: string | null;
}
