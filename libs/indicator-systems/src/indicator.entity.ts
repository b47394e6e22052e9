import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import type { ElectiveGroup, ScoringMode } from '@accredit/scoring';
import { IndicatorSystem } from './indicator-system.entity';

/** One node of the indicator tree, at any depth; weights, elective groups and checklist subtrees are data on it. */
@Entity({ tableName: 'indicator' })
@Unique({ properties: ['system', 'code'] })
@Index({ properties: ['system', 'parent', 'sortOrder'] })
export class Indicator {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => IndicatorSystem, { ref: true, deleteRule: 'cascade' })
  system!: Ref<IndicatorSystem>;

  @ManyToOne(() => Indicator, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent?: Ref<Indicator> | null;

  @Property({ type: 'string' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  maxScore?: string | null;

  /** 1 for top level. */
  @Property({ type: 'smallint' })
  level: number & Opt = 1;

  @Property({ type: 'integer' })
  sortOrder!: number;

  /** Its weight (权重) within a parent that scores by weights; null otherwise. */
  @Property({ type: 'numeric', precision: 9, scale: 4, nullable: true })
  weight?: string | null;

  /** `weights` or `verdicts` (a checklist subtree); null: points, or inherited. */
  @Property({ type: 'string', length: 20, nullable: true })
  scoringMode?: ScoringMode | null;

  /** Its sub-indicators are options a participant chooses from (选做): {min, max, counting, best?}. */
  @Property({ type: 'jsonb', nullable: true })
  elective?: ElectiveGroup | null;
}
