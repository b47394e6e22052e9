import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';
import { Organisation } from '@accredit/organisations';

/**
 * A file a form refers to (a seal or signature image, an attachment): the bytes live in the
 * evidence storage, content-addressed by sha256; this row ties them to the campaign and the
 * organisation whose forms may use them, so a form can only point at its own files.
 */
@Entity({ tableName: 'form_file' })
@Index({ properties: ['campaign', 'organisation'] })
export class FormFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Property({ type: 'string' })
  mediaType!: string;

  /** Sanitised name (for downloads and display). */
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'uuid' })
  uploadedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date & Opt = new Date();
}
