import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from '@accredit/identity';
import { EvidenceKind } from './evidence-kind';
import { EvidenceFile } from './evidence-file.entity';
import { Evidence } from './evidence.entity';

/** One version of a piece of evidence: a file and what it is. Never changed, never deleted. */
@Entity({ tableName: 'evidence_version' })
@Unique({ properties: ['evidence', 'number'] })
export class EvidenceVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Evidence, { ref: true, deleteRule: 'restrict' })
  evidence!: Ref<Evidence>;

  /** 1, 2, 3 … within its evidence. */
  @Property({ type: 'integer' })
  number!: number;

  /** An uploaded file serves as one version of one piece of evidence only. */
  @ManyToOne(() => EvidenceFile, { ref: true, deleteRule: 'restrict', unique: true })
  file!: Ref<EvidenceFile>;

  @Enum({ items: () => EvidenceKind, type: 'string' })
  kind!: EvidenceKind;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The date the evidence refers to (a document's date), separate from the upload time. */
  @Property({ type: 'date', nullable: true })
  refersTo?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
