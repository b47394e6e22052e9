import { randomUUID } from 'node:crypto';
import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A stored workflow definition version: its YAML source, never changed once stored. */
@Entity({ tableName: 'workflow_definition' })
@Unique({ properties: ['key', 'version'] })
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

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
