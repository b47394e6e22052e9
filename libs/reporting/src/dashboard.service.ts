import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor } from '@accredit/api-kit';
import { CampaignsService } from '@accredit/campaigns';
import { REMINDER_SETTINGS, type ReminderSettings, chinaToday, daysUntil } from '@accredit/reminders';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { taskStateKinds } from '@accredit/workflow-engine';
import type { CampaignDashboardModel } from './dashboard.model';
import { progressOf } from './progress';
import { rankDepartments } from './ranking';

interface TaskRow {
  id: string;
  state: string;
  due_on: string;
  department_id: string;
  department_name: string;
  department_kind: string;
  department_order: number;
  indicator_code: string;
  indicator_title: string;
  indicator_max: string | null;
  indicator_order: number;
  rule_code: string;
  rule_text: string;
  points: string;
}

/**
 * The figures of a campaign's dashboard, from one read of its tasks. Liaisons are not given
 * the dashboard (the access policy), so the whole campaign is counted.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly workflows: WorkflowDefinitionsService,
    @Inject(REMINDER_SETTINGS) private readonly reminders: ReminderSettings,
  ) {}

  async dashboard(actor: Actor, campaignId: string): Promise<CampaignDashboardModel> {
    // Read-only: an office admin of a province or the nation follows the campaigns below it.
    const campaign = await this.campaigns.getReadable(campaignId, actor);
    const definition = await this.workflows.definitionById(campaign.taskWorkflowDefinitionId);
    const { labels, finals } = this.workflows.summaryOf(definition);
    const rows = await this.em.execute<TaskRow[]>(
      `select t.id, t.state, to_char(t.due_on, 'YYYY-MM-DD') as due_on, d.id as department_id, d.name as department_name, d.kind as department_kind,
              d.sort_order as department_order, coalesce(p.code, i.code) as indicator_code, coalesce(p.title, i.title) as indicator_title,
              coalesce(p.max_score, i.max_score) as indicator_max, coalesce(p.sort_order, i.sort_order) as indicator_order,
              s.code as rule_code, s.text as rule_text, s.points
       from task t join department d on d.id = t.department_id and d.organisation_id = ?
       join scoring_rule s on s.id = t.scoring_rule_id
       join indicator i on i.id = s.indicator_id and i.system_id = ? left join indicator p on p.id = i.parent_id and p.system_id = ?
       where t.campaign_id = ? order by t.position`,
      // Scoped to the campaign's organisation and indicator system: joined by id alone, the planner
      // hashes every county's departments and rules at national size (docs/performance.md).
      [campaign.organisation.id, campaign.indicatorSystem.id, campaign.indicatorSystem.id, campaign.id],
    );
    const today = chinaToday();
    const isDone = (row: TaskRow) => finals.has(row.state);
    // Which states are submitted or returned is the task workflow's to say, not a state name's.
    const kinds = taskStateKinds(definition);
    const isOverdue = (row: TaskRow) => !isDone(row) && daysUntil(row.due_on, today) < 0;

    const byState = new Map<string, number>();
    const indicators = new Map<string, CampaignDashboardModel['byIndicator'][number] & { order: number }>();
    const departments = new Map<string, Omit<CampaignDashboardModel['byDepartment'][number], 'rank' | 'score' | 'board'> & { order: number }>();
    for (const row of rows) {
      byState.set(row.state, (byState.get(row.state) ?? 0) + 1);
      const indicator = indicators.get(row.indicator_code) ?? {
        code: row.indicator_code,
        title: row.indicator_title,
        maxScore: row.indicator_max === null ? null : Number(row.indicator_max),
        total: 0,
        done: 0,
        submitted: 0,
        overdue: 0,
        progress: 0,
        order: row.indicator_order,
      };
      const department = departments.get(row.department_id) ?? {
        departmentId: row.department_id,
        name: row.department_name,
        kind: row.department_kind,
        total: 0,
        done: 0,
        submitted: 0,
        returned: 0,
        overdue: 0,
        progress: 0,
        order: row.department_order,
      };
      for (const target of [indicator, department]) {
        target.total++;
        if (isDone(row)) target.done++;
        if (kinds.submitted.has(row.state)) target.submitted++;
        if (isOverdue(row)) target.overdue++;
      }
      if (kinds.returned.has(row.state)) department.returned++;
      indicators.set(row.indicator_code, indicator);
      departments.set(row.department_id, department);
    }
    const done = rows.filter(isDone).length;
    // 红黑榜: overdue work weighs against approvals (ranking.ts).
    const ranked = rankDepartments([...departments.values()].map((department) => ({ ...department, progress: progressOf(department.done, department.total) }))).map(
      ({ order: _order, ...department }) => department,
    );
    const late = rows
      .filter((row) => !isDone(row) && daysUntil(row.due_on, today) <= this.reminders.warningDays)
      .map((row) => ({
        taskId: row.id,
        departmentName: row.department_name,
        ruleCode: row.rule_code,
        ruleText: row.rule_text,
        points: Number(row.points),
        state: row.state,
        stateLabel: labels[row.state] ?? row.state,
        dueOn: row.due_on,
        daysUntilDue: daysUntil(row.due_on, today),
        deadlineStatus: daysUntil(row.due_on, today) < 0 ? 'overdue' : 'due-soon',
      }))
      .sort((a, b) => a.daysUntilDue - b.daysUntilDue || b.points - a.points)
      .slice(0, 100);
    return {
      today,
      totalTasks: rows.length,
      doneTasks: done,
      progress: progressOf(done, rows.length),
      byState: Object.keys(definition.states)
        .filter((state) => byState.has(state))
        .map((state) => ({ state, label: labels[state] ?? state, count: byState.get(state) ?? 0 })),
      byIndicator: [...indicators.values()]
        .sort((a, b) => a.order - b.order)
        .map(({ order: _order, ...indicator }) => ({ ...indicator, progress: progressOf(indicator.done, indicator.total) })),
      byDepartment: ranked,
      overdueTasks: late,
    };
  }
}
