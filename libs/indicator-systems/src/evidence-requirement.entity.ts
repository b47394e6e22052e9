import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Indicator } from './indicator.entity';

/** What evidence an indicator asks for (1-1 …); uploads are tagged with its code. */
@Entity({ tableName: 'evidence_requirement' })
@Unique({ properties: ['indicator', 'code'] })
@Index({ properties: ['indicator', 'sortOrder'] })
export class EvidenceRequirement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'string' })
  code!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
