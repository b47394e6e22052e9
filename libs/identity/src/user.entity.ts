import type { CampaignRoleGrant } from '@accredit/api-kit';
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department, Organisation } from '@accredit/organisations';

/** A person who logs in. Liaisons belong to one department; everyone but a platform admin to one organisation. */
@Entity({ tableName: 'app_user' })
// An office admin's account list, paged by login name (the country's is paged by the username index).
@Index({ properties: ['organisation', 'username'] })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  username!: string;

  @Property({ type: 'string' })
  displayName!: string;

  /** For e-mail reminders (liaisons); optional. */
  @Property({ type: 'string', nullable: true })
  email?: string | null;

  /** argon2id hash (PHC string). */
  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  /** Product roles (Role) and roles declared by workflow definitions. */
  @Property({ type: 'text[]' })
  roles!: string[];

  /**
   * Roles held in single campaigns (campaign_role_assignment, kept by the workflow runtime), copied
   * here with what each may read so that a request learns them with the user, without a query.
   */
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  campaignRoles: CampaignRoleGrant[] & Opt = [];

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict' })
  organisation?: Ref<Organisation> | null;

  /** Indexed: the reminder scan reads a department's liaisons once per department it reminds. */
  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  department?: Ref<Department> | null;

  @Property({ type: 'boolean' })
  disabled: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  passwordChangedAt: Date & Opt = new Date();

  /** The password was set by someone else (created, reset, generated): the user must choose their own before working. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
