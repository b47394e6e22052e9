import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Role } from '@accredit/api-kit';
import { Department, Organisation } from '@accredit/organisations';

/**
 * An in-app notice, addressed to a role within an organisation (every office admin) or to one
 * department (its liaisons). Written in the same transaction as what caused it.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['organisation', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Property({ type: 'string', nullable: true })
  recipientRole?: Role | null;

  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'cascade' })
  recipientDepartment?: Ref<Department> | null;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** What it is about, for a link in the UI. */
  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
