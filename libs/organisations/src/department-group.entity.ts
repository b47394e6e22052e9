import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToMany, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department } from './department.entity';
import { Organisation } from './organisation.entity';

/** A name that stands for many departments (各镇街); a rule given to it becomes one task per member. */
@Entity({ tableName: 'department_group' })
@Unique({ properties: ['organisation', 'name'] })
export class DepartmentGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Where the membership comes from, so an office admin can check it. */
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @ManyToMany(() => Department, undefined, { pivotTable: 'department_group_member', joinColumn: 'group_id', inverseJoinColumn: 'department_id' })
  members = new Collection<Department>(this);

  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;
}
