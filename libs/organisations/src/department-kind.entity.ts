import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from './organisation.entity';

/**
 * What kinds of responsible unit an organisation has (党委部门, 街道 …), as data. The platform's
 * kinds (organisation null: the eight defaults) hold everywhere; an organisation adds its own,
 * which hold for it and everything below it. Departments name a kind by its key.
 */
@Entity({ tableName: 'department_kind' })
@Index({
  name: 'department_kind_owner_key_unique',
  expression: `create unique index "department_kind_owner_key_unique" on "department_kind" (coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid), "key")`,
})
export class DepartmentKindRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null: the platform's, for every organisation. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  organisation?: Ref<Organisation> | null;

  /** Stable key departments refer to, e.g. `street`. */
  @Property({ type: 'string', length: 40 })
  key!: string;

  /** Chinese name, e.g. 街道. */
  @Property({ type: 'string', length: 50 })
  label!: string;

  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
