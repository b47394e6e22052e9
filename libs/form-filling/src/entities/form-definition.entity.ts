import { Entity, Index, Property } from '@mikro-orm/core';
import { ownedDefinitionUniqueIndex, UploadedDefinition } from '@accredit/organisations';

/**
 * A stored form definition version (申报表, 工作总结 …): its YAML source and the compiled
 * definition, never changed once stored. Owned like workflow definitions (docs/adr #7): by an
 * organisation, or by the platform (owner null: the shipped forms/ directory); key + version are
 * unique per owner, and a campaign and each filled form pin the record by id.
 */
@Entity({ tableName: 'form_definition' })
@Index(ownedDefinitionUniqueIndex('form_definition'))
export class StoredFormDefinition extends UploadedDefinition {
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The compiled FormDefinition of @accredit/forms (every default filled in). */
  @Property({ type: 'jsonb' })
  compiled!: Record<string, unknown>;

  /** sha256 of the source: a shipped file changed without a new version is noticed. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
