import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Organisation } from './organisation.entity';

/** A unit that receives tasks: a district department, a town or street, a collective. */
@Entity({ tableName: 'department' })
@Unique({ properties: ['organisation', 'name'] })
// One organisation's list in its order, paged (the directory, the task table's department order).
@Index({ properties: ['organisation', 'sortOrder', 'name'] })
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

  /** Key of a department kind the organisation may use (department_kind: the platform's, its own or an ancestor's). */
  @Property({ type: 'text' })
  kind!: string;

  /** Free tags such as 涉农. */
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] & Opt = [];

  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
