import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Department } from '@accredit/organisations';
import { Task } from '@accredit/tasks';

/**
 * That a task was reminded about on a given day. The unique key is what makes reminders
 * once per task per day however many scanners run.
 */
@Entity({ tableName: 'reminder_log' })
@Unique({ properties: ['task', 'day'] })
export class ReminderLog {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @ManyToOne(() => Department, { ref: true, deleteRule: 'cascade' })
  department!: Ref<Department>;

  /** The China calendar day of the scan. */
  @Property({ type: 'date' })
  day!: string;

  @Enum({ items: ['overdue', 'due-soon'], type: 'string' })
  status!: 'overdue' | 'due-soon';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
