import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Campaign, CampaignParticipant } from '@accredit/campaigns';

export type ObjectionState = 'open' | 'answered';

/**
 * An objection (异议) filed against a participant while it is publicised (公示): by anyone logged
 * in, answered by the campaign owner's office. Its state is what the `countInState: { of:
 * objections }` guard counts (命名 waits until none is open). Rows are never deleted.
 */
@Entity({ tableName: 'participant_objection' })
@Index({ properties: ['participant', 'state'] })
@Index({ properties: ['campaign'] })
export class ParticipantObjection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => CampaignParticipant, { ref: true, deleteRule: 'cascade' })
  participant!: Ref<CampaignParticipant>;

  @Property({ type: 'text' })
  content!: string;

  @Enum({ items: ['open', 'answered'], type: 'string', default: 'open' })
  state: ObjectionState & Opt = 'open';

  @Property({ type: 'uuid' })
  filedById!: string;

  @Property({ type: 'string' })
  filedByName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  filedAt: Date & Opt = new Date();

  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Property({ type: 'uuid', nullable: true })
  answeredById?: string | null;

  @Property({ type: 'string', nullable: true })
  answeredByName?: string | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
