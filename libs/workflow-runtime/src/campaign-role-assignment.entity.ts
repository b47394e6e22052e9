import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Campaign } from '@accredit/campaigns';

/**
 * A role declared by a campaign's workflow (检查组成员 inspector …) held by one user in that one
 * campaign. `views` is what the declaring definition lets the role read there, copied when the
 * role is assigned (a campaign's definition never changes). The user's `campaignRoles` mirrors
 * these rows so a request knows them without a query.
 */
@Entity({ tableName: 'campaign_role_assignment' })
@Unique({ properties: ['campaign', 'userId', 'role'] })
@Index({ properties: ['userId'] })
export class CampaignRoleAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  /** The user (app_user; users are disabled, never deleted). Not a relation: identity depends on this module. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string' })
  role!: string;

  @Property({ type: 'text[]' })
  views!: string[];

  @Property({ type: 'uuid' })
  assignedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  assignedAt: Date & Opt = new Date();
}
