import { randomUUID } from 'node:crypto';
import { ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Indicator } from './indicator.entity';

/**
 * What the lines an indicator holds share (its evidence requirements 1-1 …, its scoring rules
 * 1.3 …): a code unique within the indicator, the text as the standard writes it, the position
 * in the table. Each entity declares its table, its unique (indicator, code) and its order index.
 */
export abstract class IndicatorLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  /** Position within the indicator, e.g. '1-1' or '1.3'. */
  @Property({ type: 'string' })
  code!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
