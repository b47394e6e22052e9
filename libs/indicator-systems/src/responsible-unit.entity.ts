import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Department, DepartmentGroup } from '@accredit/organisations';
import { ScoringRule } from './scoring-rule.entity';

export type ResponsibleRole = 'lead' | 'support';

/**
 * A unit named in the 责任单位 cell of a rule. In a template it is just a name; in a campaign
 * snapshot it is bound to a department or a group of the organisation.
 */
@Entity({ tableName: 'responsible_unit' })
@Index({ properties: ['rule', 'sortOrder'] })
export class ResponsibleUnit {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ScoringRule, { ref: true, deleteRule: 'cascade' })
  rule!: Ref<ScoringRule>;

  @Property({ type: 'string' })
  name!: string;

  /** 牵头 (the first unit named) or 配合. */
  @Enum({ items: ['lead', 'support'], type: 'string' })
  role!: ResponsibleRole;

  /** Stands for many departments (各镇街): expands to one task per member. */
  @Property({ type: 'boolean' })
  isGroup!: boolean;

  /** True when the cell was blank and the unit comes from the row above. */
  @Property({ type: 'boolean' })
  inherited!: boolean;

  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'restrict' })
  department?: Ref<Department> | null;

  @ManyToOne(() => DepartmentGroup, { ref: true, nullable: true, deleteRule: 'restrict' })
  group?: Ref<DepartmentGroup> | null;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
