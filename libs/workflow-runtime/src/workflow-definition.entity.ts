import { Entity, Index, Property } from '@mikro-orm/core';
import { ownedDefinitionUniqueIndex, UploadedDefinition } from '@accredit/organisations';

/**
 * A stored workflow definition version: its YAML source, never changed once stored. It belongs
 * to an organisation (or, owner null, to the platform): key + version are unique per owner, so
 * one district's `task` v2 is not another's. Campaigns pin the record by id.
 */
@Entity({ tableName: 'workflow_definition' })
@Index(ownedDefinitionUniqueIndex('workflow_definition'))
export class WorkflowDefinitionRecord extends UploadedDefinition {
  @Property({ type: 'string' })
  entityType!: string;

  /** sha256 of the source: a shipped file changed without a new version is noticed. */
  @Property({ type: 'string', length: 64 })
  checksum!: string;
}
