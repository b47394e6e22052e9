import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department-kind';
import { Organisation } from './organisation.entity';

/** A unit that receives tasks: a district department, a town or street, a collective. */
@Entity({ tableName: 'department' })
@Unique({ properties: ['organisation', 'name'] })
export class Department {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  /** The name as the task table writes it (区委办, 小龙坎街道). */
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', nullable: true })
  fullName?: string | null;

  @Enum({ items: () => [...DEPARTMENT_KINDS], type: 'string' })
  kind!: DepartmentKind;

  /** Free tags such as 涉农. */
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] & Opt = [];

  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
