import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import type { ElectiveGroup } from '@accredit/scoring';
import { IndicatorSystem } from './indicator-system.entity';

/** One node of the indicator tree: top level for two-level systems, A/B/C levels for three. */
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

  /** Its sub-indicators are options a participant chooses from (选做): {min, max, counting, best?}. */
  @Property({ type: 'jsonb', nullable: true })
  elective?: ElectiveGroup | null;
}
