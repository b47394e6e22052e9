import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { CAMPAIGN_ROWS, taskWorkflowsByOrganisation } from '@accredit/campaigns';
import { liaisonEmails } from '@accredit/identity';
import { SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { NotificationsService } from '@accredit/notifications';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { TASK_ROWS } from '@accredit/tasks';
import { ScheduledTransitionsService, WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { todayInChina } from '@accredit/calendar-date';
import { DEADLINE_LABELS } from './deadline-status';
import { ReminderChannels } from './reminder-channels';
import { ReminderDelivery } from './reminder-delivery.entity';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';

/** Any fixed number: all API processes take the same lock, so one scans at a time. */
const SCAN_LOCK = 7_420_114;

export interface ScanResult {
  /** Another process was scanning: this one did nothing. */
  skipped: boolean;
  day: string;
  tasksReminded: number;
  departments: number;
  delivered: number;
  failed: number;
  /** Subjects a scheduled transition moved (a late county reminded), in a full scan only. */
  scheduledTransitions: number;
}

interface NewReminder {
  task_id: string;
  department_id: string;
  organisation_id: string;
  department_name: string;
  status: 'overdue' | 'due-soon';
  rule_code: string;
  due_on: string;
}

/**
 * Finds late and nearly-due tasks and reminds their departments: once per task per day
 * (a unique key), one scanner at a time (an advisory lock), in-app always, e-mail and the
 * group robot when configured (an outbox delivered after commit, retried on failure).
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly orm: MikroORM,
    private readonly notifications: NotificationsService,
    private readonly workflows: WorkflowDefinitionsService,
    private readonly channels: ReminderChannels,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
    private readonly scheduled: ScheduledTransitionsService,
  ) {}

  /**
   * Runs outside any request: gives itself its own context (MikroORM needs one). Without a scope
   * it scans every organisation with a campaign; `organisationId` limits it to one (a manual scan
   * by an office admin or supervisor reminds their own organisation only).
   */
  async scan(now: Date = new Date(), scope: { organisationId?: string | null } = {}): Promise<ScanResult> {
    return RequestContext.create(this.orm.em, () => this.scanInContext(now, scope.organisationId ?? null));
  }

  /**
   * What a scan of one organisation would do now, without doing it: the tasks not yet reminded
   * today and their departments — for the office to confirm a mass reminder knowing its size.
   */
  async preview(now: Date, organisationId: string): Promise<{ day: string; tasks: number; departments: number; overdue: number }> {
    return RequestContext.create(this.orm.em, async () => {
      const day = todayInChina(now);
      const em = this.orm.em as EntityManager;
      const workflows = (await this.workflowsByOrganisation(em, organisationId)).get(organisationId) ?? [];
      const departments = new Set<string>();
      let tasks = 0;
      let overdue = 0;
      for (const { definitionId, finals } of workflows) {
        const rows = await em.execute<{ department_id: string; tasks: string; overdue: string }[]>(
          `select t.department_id, count(*) as tasks, count(*) filter (where t.due_on < ?::date) as overdue
             from ${TASK_ROWS} t join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id
            where c.organisation_id = ? and c.task_workflow_definition_id = ? and not (t.state = any(?::text[]))
              and t.due_on <= ?::date + ?::int
              and not exists (select 1 from reminder_log r where r.task_id = t.id and r.day = ?::date)
            group by t.department_id`,
          [day, organisationId, definitionId, `{${finals.join(',')}}`, day, this.settings.warningDays, day],
        );
        for (const row of rows) {
          departments.add(row.department_id);
          tasks += Number(row.tasks);
          overdue += Number(row.overdue);
        }
      }
      return { day, tasks, departments: departments.size, overdue };
    });
  }

  /**
   * Organisation by organisation, each in a transaction of its own under its own advisory lock:
   * memory and lock time stay bounded by one organisation's tasks however large the country,
   * and two scanners share the work instead of waiting for each other.
   */
  private async scanInContext(now: Date, organisationId: string | null): Promise<ScanResult> {
    const day = todayInChina(now);
    const em = this.orm.em as EntityManager;
    const workflowsByOrganisation = await this.workflowsByOrganisation(em, organisationId);
    let tasks = 0;
    let departments = 0;
    let scanned = 0;
    for (const [organisation, workflows] of workflowsByOrganisation) {
      const reminded = await em.fork().transactional(async (trx) => {
        const [lock] = await trx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?, hashtext(?)) as locked', [SCAN_LOCK, organisation]);
        if (!lock.locked) return null;
        return this.remind(trx, day, organisation, workflows);
      });
      if (reminded === null) continue;
      scanned++;
      tasks += reminded.tasks;
      departments += reminded.departments;
    }
    if (tasks) this.logger.log(`${day}：提醒 ${departments} 个部门的 ${tasks} 项任务（${scanned} 个单位）`);
    // Scheduled transitions (a late county's 催报) span organisations: only a full scan fires them,
    // not an office's scan of its own tasks. A participant fired once has left the transition's
    // `from`, so running them at every scan reminds it once.
    const scheduledTransitions = organisationId ? 0 : await this.fireScheduled(em, now);
    const skipped = workflowsByOrganisation.size > 0 && scanned === 0;
    const { delivered, failed } = skipped ? { delivered: 0, failed: 0 } : await this.deliver(em);
    return { skipped, day, tasksReminded: tasks, departments, delivered, failed, scheduledTransitions };
  }

  /** Scheduled transitions; a failure is logged and retried at the next scan, and does not hold back the task reminders' delivery. */
  private async fireScheduled(em: EntityManager, now: Date): Promise<number> {
    try {
      return (await this.scheduled.fireDue(em, now)).fired;
    } catch (error) {
      this.logger.error(`按计划执行的流转失败：${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }

  /** Each organisation's task workflows (the stored definition → its final states), from its campaigns. */
  private async workflowsByOrganisation(em: EntityManager, organisationId: string | null): Promise<Map<string, { definitionId: string; finals: string[] }[]>> {
    const result = new Map<string, { definitionId: string; finals: string[] }[]>();
    for (const row of await taskWorkflowsByOrganisation(em, organisationId)) {
      // Stored definitions are cached: one parse per workflow, not per organisation.
      const definition = await this.workflows.definitionById(row.definitionId);
      const finals = Object.entries(definition.states)
        .filter(([, state]) => state.final)
        .map(([path]) => path);
      const list = result.get(row.organisationId) ?? [];
      list.push({ definitionId: row.definitionId, finals });
      result.set(row.organisationId, list);
    }
    return result;
  }

  private async remind(em: EntityManager, day: string, organisationId: string, workflows: { definitionId: string; finals: string[] }[]): Promise<{ tasks: number; departments: number }> {
    const byDepartment = new Map<string, NewReminder[]>();
    let tasks = 0;
    for (const { definitionId, finals } of workflows) {
      // Only rows this statement inserts come back: a task already reminded today is skipped. One
      // statement per organisation and workflow: the other modules' rows through their relations (ADR 13).
      const rows = await em.execute<NewReminder[]>(
        `with due as (
           select t.id, t.department_id, t.due_on, case when t.due_on < ?::date then 'overdue' else 'due-soon' end as status
           from ${TASK_ROWS} t join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id
           where c.organisation_id = ? and c.task_workflow_definition_id = ? and not (t.state = any(?::text[]))
             and t.due_on <= ?::date + ?::int
         ), inserted as (
           insert into reminder_log (id, task_id, department_id, day, status)
           select gen_random_uuid(), id, department_id, ?::date, status from due
           on conflict (task_id, day) do nothing
           returning task_id, department_id, status
         )
         select i.task_id, i.department_id, i.status, d.organisation_id, d.name as department_name, s.code as rule_code, to_char(t.due_on, 'YYYY-MM-DD') as due_on
         from inserted i join ${TASK_ROWS} t on t.id = i.task_id join ${DEPARTMENT_ROWS} d on d.id = i.department_id join ${SCORING_RULE_ROWS} s on s.id = t.scoring_rule_id
         order by d.sort_order, s.code`,
        [day, organisationId, definitionId, `{${finals.join(',')}}`, day, this.settings.warningDays, day],
      );
      tasks += rows.length;
      // No spread of the rows into one array: at national size that overflowed the call stack.
      for (const row of rows) {
        const list = byDepartment.get(row.department_id);
        if (list) list.push(row);
        else byDepartment.set(row.department_id, [row]);
      }
    }
    for (const [departmentId, rows] of byDepartment) await this.queueForDepartment(em, departmentId, day, rows);
    await em.flush();
    return { tasks, departments: byDepartment.size };
  }

  private async queueForDepartment(em: EntityManager, departmentId: string, day: string, rows: NewReminder[]): Promise<void> {
    const overdue = rows.filter((row) => row.status === 'overdue');
    const soon = rows.filter((row) => row.status === 'due-soon');
    const name = rows[0].department_name;
    const subject = `【创建工作提醒】${name}：${overdue.length} 项任务${DEADLINE_LABELS.overdue}，${soon.length} 项${DEADLINE_LABELS['due-soon']}`;
    // One short message per department and day: the counts, the nearest deadline and a few rule
    // codes; the list itself is on the liaison's 我的任务 page, where the link leads.
    const codes = [...overdue, ...soon].map((row) => row.rule_code);
    const nearest = [...rows].sort((a, b) => a.due_on.localeCompare(b.due_on))[0]!.due_on;
    const shown = codes.slice(0, 3).join('、') + (codes.length > 3 ? ` 等 ${codes.length} 项` : '');
    const body = `${name}：${overdue.length} 项${DEADLINE_LABELS.overdue}、${soon.length} 项${DEADLINE_LABELS['due-soon']}（评分规则 ${shown}），最早截止 ${nearest}。请在「我的任务」中处理。`;
    this.notifications.queue(em, { organisationId: rows[0].organisation_id, departmentId, title: subject, body, entityType: 'department', entityId: departmentId });

    if (this.channels.emailEnabled) {
      const recipients = await liaisonEmails(em, departmentId);
      if (recipients.length) await this.outbox(em, 'email', departmentId, day, recipients, subject, body);
    }
    if (this.channels.webhookEnabled) await this.outbox(em, 'webhook', departmentId, day, [], subject, body);
  }

  private async outbox(em: EntityManager, channel: 'email' | 'webhook', departmentId: string, day: string, recipients: string[], subject: string, body: string): Promise<void> {
    await em.execute(
      `insert into reminder_delivery (id, channel, department_id, day, recipients, subject, body) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?, ?) on conflict (channel, department_id, day) do nothing`,
      [channel, departmentId, day, `{${recipients.map((r) => `"${r.replace(/"/g, '')}"`).join(',')}}`, subject, body],
    );
  }

  /** Sends what is waiting; each message is claimed with a row lock, so no two processes send it. */
  private async deliver(em: EntityManager): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    let failed = 0;
    for (;;) {
      const outcome = await em.transactional(async (trx) => {
        const [message] = await trx.find(
          ReminderDelivery,
          { deliveredAt: null, attempts: { $lt: 10 } },
          { limit: 1, orderBy: { createdAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE /* FOR UPDATE SKIP LOCKED */ },
        );
        if (!message) return null;
        try {
          if (message.channel === 'email') await this.channels.sendEmail(message.recipients, message.subject, message.body);
          else await this.channels.sendWebhook(message.subject, message.body);
          message.deliveredAt = new Date();
          return 'delivered' as const;
        } catch (error) {
          message.attempts += 1;
          message.lastError = error instanceof Error ? error.message : String(error);
          this.logger.warn(`提醒发送失败（${message.channel}）：${message.lastError}`);
          return 'failed' as const;
        }
      });
      if (outcome === null) break;
      if (outcome === 'delivered') delivered++;
      else {
        failed++;
        break; // the channel is down: try again at the next scan rather than hammering it
      }
    }
    return { delivered, failed };
  }
}
