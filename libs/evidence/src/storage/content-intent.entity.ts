import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * "This content is about to be stored for an upload": written (committed) before the file goes
 * into the store, removed once the upload's rows are committed. An intent that outlives its
 * upload (the process was killed, or the upload was refused after storing) marks content that may
 * have no evidence referring to it; the sweep removes such content after a grace period.
 */
@Entity({ tableName: 'evidence_content_intent' })
@Index({ properties: ['sha256'] })
@Index({ properties: ['createdAt'] })
export class ContentIntent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
