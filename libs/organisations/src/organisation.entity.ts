import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { ORGANISATION_LEVELS, type OrganisationLevel } from './tree/organisation-level';

/**
 * A unit of the administrative tree: 全国 → 省 → 市 → 县/区. Each has its own departments,
 * groups, users, templates and workflow definitions; data of one is never another's, and the
 * levels above may read (never change) what lies below them. `path` holds the ids from the root
 * down to itself (tree/organisation-path.ts), indexed for prefix queries.
 */
@Entity({ tableName: 'organisation' })
@Index({ name: 'organisation_path_index', expression: 'create index "organisation_path_index" on "organisation" ("path" text_pattern_ops)' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 行政区划代码, e.g. 500106; 000000 for the national root. */
  @Property({ type: 'string', length: 12 })
  @Unique()
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  shortName!: string;

  @Enum({ items: () => [...ORGANISATION_LEVELS], type: 'string' })
  level!: OrganisationLevel;

  /** Null only for the national root. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Organisation> | null;

  /** `/rootId/…/ownId/` — see tree/organisation-path.ts. */
  @Property({ type: 'text' })
  path!: string;

  /** A disabled organisation keeps its data; its users cannot log in and nothing new is created in it. */
  @Property({ type: 'boolean' })
  disabled: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
