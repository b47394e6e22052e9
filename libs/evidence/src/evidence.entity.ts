import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '@accredit/identity';
import { Task } from '@accredit/tasks';

/**
 * A piece of evidence of a task for one evidence requirement (1-1 …). Its content is a chain
 * of versions (EvidenceVersion); replacing adds a version and keeps the earlier ones. Deleting
 * is soft: the row stays, marked deleted, and an office admin can restore it.
 */
@Entity({ tableName: 'evidence' })
@Index({ properties: ['task', 'deletedAt'] })
@Index({ properties: ['requirementCode', 'task'] })
export class Evidence {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Task, { ref: true, deleteRule: 'restrict' })
  task!: Ref<Task>;

  /** The evidence requirement of the task's indicator this answers, e.g. '1-1'. */
  @Property({ type: 'string', length: 32 })
  requirementCode!: string;

  /** Number of the current (latest) version, 1 for a first upload. */
  @Property({ type: 'integer' })
  currentVersion: number & Opt = 1;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  deletedBy?: Ref<User> | null;

  /**
   * Carried over from an earlier cycle's campaign (新一轮): that evidence, whose content this one
   * links by hash (not copied). Null for evidence uploaded in this campaign.
   */
  @ManyToOne(() => Evidence, { ref: true, nullable: true, deleteRule: 'set null' })
  carriedFrom?: Ref<Evidence> | null;

  /** Optimistic lock: replace/delete/restore may send back the revision they read. */
  @Property({ type: 'integer', version: true })
  revision: number & Opt = 1;
}
