import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '@accredit/organisations';

/**
 * A stored workflow definition version: its YAML source, never changed once stored. It belongs
 * to an organisation (or, owner null, to the platform): key + version are unique per owner, so
 * one district's `task` v2 is not another's. Campaigns pin the record by id.
 */
@Entity({ tableName: 'workflow_definition' })
@Index({
  name: 'workflow_definition_owner_key_version_unique',
  expression: `create unique index "workflow_definition_owner_key_version_unique" on "workflow_definition" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid), "key", "version")`,
})
export class WorkflowDefinitionRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', length: 64 })
  checksum!: string;

  @Property({ type: 'text' })
  source!: string;

  /** File name it came from (workflows/task.yaml) or the upload's name. */
  @Property({ type: 'string' })
  fileName!: string;

  /** Null when loaded from the workflows/ directory at start. */
  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;

  /** The organisation it belongs to; null: the platform's (workflows/ directory, or the platform admin's upload). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  owner?: Ref<Organisation> | null;

  /** Whether the owner's descendants use it too (when they have no version of their own). */
  @Property({ type: 'boolean' })
  shareWithDescendants: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
