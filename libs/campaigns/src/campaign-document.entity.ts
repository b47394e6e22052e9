import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from './campaign.entity';

/**
 * A campaign-level document (自评报告 self-assessment …) recorded as present; workflow guards
 * such as `documentPresent: self-assessment` read these. Its kind must be declared by the
 * campaign's workflow. It may carry one file, kept in the evidence store under its sha256
 * (streamed and hashed on upload); `documentFilePresent` needs that file.
 */
@Entity({ tableName: 'campaign_document' })
@Index({ properties: ['campaign', 'kind'] })
export class CampaignDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  /** The document key used by workflow definitions, e.g. self-assessment. */
  @Property({ type: 'string' })
  kind!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date & Opt = new Date();

  /** The attached file's content hash (its key in the evidence store); null: no file yet. */
  @Property({ type: 'string', length: 64, nullable: true })
  fileSha256?: string | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  fileSize?: number | null;

  @Property({ type: 'string', length: 127, nullable: true })
  fileMediaType?: string | null;

  /** A safe file name, for downloads. */
  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  @Property({ type: 'uuid', nullable: true })
  fileUploadedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  fileUploadedAt?: Date | null;
}
