import { Entity, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import type { ScoringParams } from '@accredit/table-io';
import { IndicatorLine } from './indicator-line.entity';

/**
 * One line of the 评分规则 column. How it scores is data: `kind` names the rule kind and
 * `params` holds its parameters ({kind: 'perItem', each: 2, cap: 4} …).
 */
@Entity({ tableName: 'scoring_rule' })
@Unique({ properties: ['indicator', 'code'] })
@Index({ properties: ['indicator', 'sortOrder'] })
export class ScoringRule extends IndicatorLine {
  /** The most the rule can earn (0 for a veto). */
  @Property({ type: 'numeric', precision: 7, scale: 2 })
  points!: string;

  @Property({ type: 'string' })
  kind!: string;

  /** Written only through import and the editor, which check the parameters per kind. */
  @Property({ type: 'jsonb' })
  params!: ScoringParams;

  /** 备注: e.g. which outside body supplies the data. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /**
   * Written 「本单位」: the organisation's own work although a rule above names units (it does not
   * inherit them). A rule with no units at all is the organisation's own work too: a task for its office.
   */
  @Property({ type: 'boolean' })
  organisationOwned: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
