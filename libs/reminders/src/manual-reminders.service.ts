import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { CAMPAIGN_ROWS, campaignTaskWorkflow } from '@accredit/campaigns';
import { USER_ROWS } from '@accredit/identity';
import { SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { type NotificationSubject, NotificationsService } from '@accredit/notifications';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { TASK_ROWS } from '@accredit/tasks';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { todayInChina } from '@accredit/calendar-date';
import { DEADLINE_LABELS, deadlineStatus } from './deadline-status';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';
import { RemindersRefusal, remindersError } from './reminders.exception';

/** A person urges once per this many minutes per task or department: a 催办 is a nudge, not a flood. */
const URGE_INTERVAL_MINUTES = 60;
const URGE_TITLE = '【催办】';

/** What one urge of a task did: the task, the department told and how many of its accounts receive the notice. */
export interface TaskUrged {
  taskId: string;
  departmentId: string;
  notified: number;
}

interface TaskRow {
  organisation_id: string;
  notified: number;
  department_id: string;
  department_name: string;
  rule_code: string;
  due_on: string;
  state: string;
  definition_id: string;
}

/**
 * 催办 by hand: the office urges one task's department, or one department about all its open
 * tasks of a campaign — an in-app notice to the department's liaisons, linked to the task or
 * to their task list, at most once an hour each.
 */
@Injectable()
export class ManualRemindersService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly workflows: WorkflowDefinitionsService,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
  ) {}

  async urgeTask(actor: Actor, taskId: string, now = new Date()): Promise<TaskUrged> {
    assertId(taskId, 'taskId');
    // One statement: the task with its campaign, department, rule and the department's enabled
    // accounts (who read a notice addressed to it), through their owners' relations (ADR 13).
    const [task] = await this.em.execute<TaskRow[]>(
      `select c.organisation_id, t.department_id, d.name as department_name, s.code as rule_code, to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.state, c.task_workflow_definition_id as definition_id,
              (select count(*)::int from ${USER_ROWS} u where u.department_id = t.department_id and not u.disabled) as notified
         from ${TASK_ROWS} t join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id join ${DEPARTMENT_ROWS} d on d.id = t.department_id
         join ${SCORING_RULE_ROWS} s on s.id = t.scoring_rule_id
        where t.id = ?`,
      [taskId],
    );
    if (!task || task.organisation_id !== actor.organisationId) throw remindersError(RemindersRefusal.TaskNotFound, `找不到任务（${taskId}）：请刷新页面后重试`);
    const finals = await this.finalStates(task.definition_id);
    if (finals.has(task.state)) throw remindersError(RemindersRefusal.TaskFinished, '该任务已完成，无需催办');
    const status = deadlineStatus(task.due_on, todayInChina(now), false, this.settings.warningDays);
    const when = status === 'on-track' ? `截止 ${task.due_on}` : `截止 ${task.due_on}，${DEADLINE_LABELS[status]}`;
    await this.em.transactional(async (em) => {
      await this.refuseIfRecent(em, 'task', taskId, `该任务 ${URGE_INTERVAL_MINUTES} 分钟内已催办过，请稍后再试`);
      this.notifications.queue(em, {
        organisationId: task.organisation_id,
        departmentId: task.department_id,
        title: `${URGE_TITLE}评分规则 ${task.rule_code}`,
        body: `办公室催办：${task.department_name}的评分规则 ${task.rule_code}（${when}），请尽快处理。`,
        entityType: 'task',
        entityId: taskId,
      });
    });
    return { taskId, departmentId: task.department_id, notified: task.notified };
  }

  /** Returns how many open tasks the notice named. */
  async urgeDepartment(actor: Actor, campaignId: string, departmentId: string, now = new Date()): Promise<number> {
    assertId(campaignId, 'campaignId');
    assertId(departmentId, 'departmentId');
    const campaign = await campaignTaskWorkflow(this.em, campaignId);
    if (!campaign || campaign.organisationId !== actor.organisationId) throw remindersError(RemindersRefusal.CampaignNotFound, '找不到该创建工作：请刷新页面后重试');
    const finals = [...(await this.finalStates(campaign.definitionId))];
    const today = todayInChina(now);
    const [counts] = await this.em.execute<{ name: string | null; open: string; overdue: string; soon: string; nearest: string | null }[]>(
      `select max(d.name) as name, count(t.id) as open,
              count(t.id) filter (where t.due_on < ?::date) as overdue,
              count(t.id) filter (where t.due_on >= ?::date and t.due_on <= ?::date + ?::int) as soon,
              to_char(min(t.due_on), 'YYYY-MM-DD') as nearest
         from ${DEPARTMENT_ROWS} d left join ${TASK_ROWS} t on t.department_id = d.id and t.campaign_id = ? and not (t.state = any(?::text[]))
        where d.id = ? and d.organisation_id = ?`,
      [today, today, today, this.settings.warningDays, campaignId, `{${finals.join(',')}}`, departmentId, campaign.organisationId],
    );
    if (!counts?.name) throw remindersError(RemindersRefusal.DepartmentNotFound, '找不到该部门：请刷新页面后重试');
    const open = Number(counts.open);
    if (open === 0) throw remindersError(RemindersRefusal.NothingOpen, `${counts.name}没有未完成的任务，无需催办`);
    await this.em.transactional(async (em) => {
      await this.refuseIfRecent(em, 'department', departmentId, `${counts.name} ${URGE_INTERVAL_MINUTES} 分钟内已催办过，请稍后再试`);
      this.notifications.queue(em, {
        organisationId: campaign.organisationId,
        departmentId,
        title: `${URGE_TITLE}${counts.name}：${open} 项任务未完成`,
        body: `办公室催办：${counts.name}还有 ${open} 项任务未完成（${counts.overdue} 项已逾期、${counts.soon} 项即将到期），最早截止 ${counts.nearest}。请在「我的任务」中处理。`,
        entityType: 'department',
        entityId: departmentId,
      });
    });
    return open;
  }

  private async finalStates(definitionId: string): Promise<Set<string>> {
    const definition = await this.workflows.definitionById(definitionId);
    return new Set(
      Object.entries(definition.states)
        .filter(([, state]) => state.final)
        .map(([path]) => path),
    );
  }

  /**
   * Inside the transaction that records the notice: the lock makes two clicks at once take turns,
   * so the second sees the first's notice (committed when the lock is released) and is refused.
   */
  private async refuseIfRecent(em: EntityManager, entityType: NotificationSubject, entityId: string, message: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`urge:${entityType}:${entityId}`]);
    // Asked of the notifications module on this transaction's EntityManager, after the lock.
    const recent = await this.notifications.noticedSince(em, { entityType, entityId }, URGE_TITLE, URGE_INTERVAL_MINUTES);
    if (recent) throw remindersError(RemindersRefusal.UrgedRecently, message);
  }
}
