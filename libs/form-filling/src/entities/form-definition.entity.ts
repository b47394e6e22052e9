import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '@accredit/organisations';

/**
 * A stored form definition version (申报表, 工作总结 …): its YAML source and the compiled
 * definition, never changed once stored. Owned like workflow definitions (docs/adr #7): by an
 * organisation, or by the platform (owner null: the shipped forms/ directory); key + version are
 * unique per owner, and a campaign and each filled form pin the record by id.
 */
@Entity({ tableName: 'form_definition' })
@Index({
  name: 'form_definition_owner_key_version_unique',
  expression: `create unique index "form_definition_owner_key_version_unique" on "form_definition" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid), "key", "version")`,
})
export class StoredFormDefinition {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The YAML as written (forms/first-batch-application.yaml, or an upload). */
  @Property({ type: 'text' })
  source!: string;

  /** The compiled FormDefinition of @accredit/forms (every default filled in). */
  @Property({ type: 'jsonb' })
  compiled!: Record<string, unknown>;

  /** sha256 of the source: a shipped file changed without a new version is noticed. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string' })
  fileName!: string;

  /** The organisation it belongs to; null: the platform's. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  owner?: Ref<Organisation> | null;

  /** Whether the owner's descendants use it too. */
  @Property({ type: 'boolean' })
  shareWithDescendants: boolean & Opt = false;

  /** Null when registered from the forms/ directory at start. */
  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
