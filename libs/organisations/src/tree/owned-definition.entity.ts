import { randomUUID } from 'node:crypto';
import { ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation.entity';

/**
 * The columns every versioned definition an organisation owns shares (workflow definitions, form
 * definitions, indicator-system templates; see ownership.ts for who may use which): a key and a
 * version, never changed once stored, belonging to an organisation or (owner null) to the
 * platform. Each entity declares its own table and its unique index (`ownedDefinitionUniqueIndex`).
 */
export abstract class OwnedDefinition {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  name!: string;

  /** The organisation it belongs to; null: the platform's. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  owner?: Ref<Organisation> | null;

  /** Whether the owner's descendants use it too (when they have no version of their own). */
  @Property({ type: 'boolean' })
  shareWithDescendants: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** A definition written as a YAML file: shipped in a directory registered at start, or uploaded. */
export abstract class UploadedDefinition extends OwnedDefinition {
  /** The YAML as written. */
  @Property({ type: 'text' })
  source!: string;

  /** The file it came from (workflows/task.yaml, forms/….yaml) or the upload's name. */
  @Property({ type: 'string' })
  fileName!: string;

  /** Who uploaded it; null when registered from the shipped directory at start. */
  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;
}

/**
 * The unique index of a definition table: key + version (and `more` columns) per owner, the
 * platform (owner null) counting as one owner.
 */
export function ownedDefinitionUniqueIndex(table: string, more: readonly string[] = []): { name: string; expression: string } {
  const name = `${table}_owner_${['key', 'version', ...more].join('_')}_unique`;
  const columns = ['key', 'version', ...more].map((column) => `"${column}"`).join(', ');
  return { name, expression: `create unique index "${name}" on "${table}" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid), ${columns})` };
}
