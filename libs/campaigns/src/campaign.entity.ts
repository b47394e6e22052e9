import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department, Organisation } from '@accredit/organisations';
import { IndicatorSystem } from '@accredit/indicator-systems';

/** A creation campaign of one organisation, working on its own snapshot of an indicator system. */
@Entity({ tableName: 'campaign' })
@Unique({ properties: ['organisation', 'key'] })
export class Campaign {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  /** Stable key within the organisation (used by seeds and imports to find it again). */
  @Property({ type: 'string' })
  key!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => IndicatorSystem, { ref: true, deleteRule: 'restrict' })
  indicatorSystem!: Ref<IndicatorSystem>;

  /** Current state of the campaign workflow (a state path such as creation.evidence). */
  @Property({ type: 'string' })
  state!: string;

  @Property({ type: 'string' })
  workflowKey: string & Opt = 'campaign';

  /** The campaign workflow version it started with; running campaigns keep it. */
  @Property({ type: 'integer' })
  workflowVersion!: number;

  /** The workflow its tasks follow, fixed when the campaign is set up. */
  @Property({ type: 'string' })
  taskWorkflowKey: string & Opt = 'task';

  @Property({ type: 'integer' })
  taskWorkflowVersion!: number;

  /**
   * The stored definition records it started with (workflow_definition ids). Key and version
   * name a definition only within its owner, so the campaign pins the record itself.
   */
  @Property({ type: 'uuid' })
  workflowDefinitionId!: string;

  @Property({ type: 'uuid' })
  taskWorkflowDefinitionId!: string;

  /**
   * A participant's own campaign (its tasks, evidence, scores) points to the campaign it takes
   * part in; null for a campaign an organisation runs for itself or with participants.
   */
  @ManyToOne(() => Campaign, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parentCampaign?: Ref<Campaign> | null;

  /** The process participants go through (workflow_definition id); null: the owner works alone. */
  @Property({ type: 'uuid', nullable: true })
  participantWorkflowDefinitionId?: string | null;

  /** Organisations of this level below the owner may apply (county); null: by invitation only. */
  @Property({ type: 'string', length: 20, nullable: true })
  applicantLevel?: string | null;

  /** Tasks fall due at the end of this phase unless given their own date. */
  @Property({ type: 'string' })
  taskPhaseKey!: string;

  /**
   * The department that does the organisation's own work (本单位, rules with no responsible
   * unit), chosen at set-up: tasks created later (an elective option chosen) go to it too.
   */
  @ManyToOne(() => Department, { ref: true, nullable: true, deleteRule: 'set null' })
  officeDepartment?: Ref<Department> | null;

  /** Optimistic lock: transitions send back the version they read. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
