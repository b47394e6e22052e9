import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department } from '@accredit/organisations';
import { type ResponsibleRole, ScoringRule } from '@accredit/indicator-systems';
import { Campaign } from '@accredit/campaigns';

/** One department's share of one scoring rule in one campaign. */
@Entity({ tableName: 'task' })
@Unique({ properties: ['campaign', 'scoringRule', 'department'] })
@Unique({ properties: ['campaign', 'position'] })
@Index({ properties: ['campaign', 'department', 'position'] })
@Index({ properties: ['campaign', 'state'] })
// The task table sorted by deadline and its overdue filter (due before today).
@Index({ properties: ['campaign', 'dueOn', 'position'] })
export class Task {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => ScoringRule, { ref: true, deleteRule: 'restrict' })
  scoringRule!: Ref<ScoringRule>;

  @ManyToOne(() => Department, { ref: true, deleteRule: 'restrict' })
  department!: Ref<Department>;

  /** 牵头 or 配合 for this rule. */
  @Enum({ items: ['lead', 'support'], type: 'string' })
  role!: ResponsibleRole;

  /** Task-table order (indicator, rule, unit); the stable key for pagination. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'date' })
  dueOn!: string;

  /** Current state of the task workflow. */
  @Property({ type: 'string' })
  state!: string;

  /** Optimistic lock: every change sends back the version it read. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
