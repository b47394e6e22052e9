import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '@accredit/identity';
import { Task } from '@accredit/tasks';

/**
 * One uploaded file, immutable: its bytes live in the evidence store under their sha256
 * (identical content is stored once), this row says who uploaded what, when, for which task.
 * A row exists only once its file is completely stored and verified.
 */
@Entity({ tableName: 'evidence_file' })
@Index({ properties: ['task', 'uploadedAt'] })
@Index({ properties: ['sha256'] })
export class EvidenceFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The task it was uploaded for; it can only become evidence of that task. */
  @ManyToOne(() => Task, { ref: true, deleteRule: 'restrict' })
  task!: Ref<Task>;

  /** Lower-case hex sha256 of the content: also its key in the store. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  /** Determined from the content (magic bytes), not from the name. */
  @Property({ type: 'string', length: 127 })
  mediaType!: string;

  /** The name as the uploader's computer gave it (control characters replaced), for display. */
  @Property({ type: 'text' })
  originalName!: string;

  /** A safe file name (no path, no control characters): used for downloads. */
  @Property({ type: 'string', length: 255 })
  name!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date & Opt = new Date();
}
