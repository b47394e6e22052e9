import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor } from '@accredit/api-kit';
import { CampaignsService } from '@accredit/campaigns';
import { INDICATOR_ROWS, SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { todayInChina } from '@accredit/calendar-date';
import { daysUntil } from '@accredit/reminders';
import { TASK_ROWS } from '@accredit/tasks';
import { WorkflowLabelsService } from '@accredit/workflow-runtime';
import type { CampaignDashboardModel } from './dashboard.model';
import { progressOf } from './progress';
import { rankDepartments } from './ranking';
import { REPORTING_SETTINGS, type ReportingSettings } from './reporting-settings';

/** Counts of a group of tasks (a top indicator, a department), as the statement returns them. */
interface Tally {
  total: number;
  done: number;
  submitted: number;
  returned: number;
  overdue: number;
}

interface DashboardRow {
  by_state: { state: string; count: number }[];
  by_indicator: (Tally & { code: string; title: string; max_score: number | null })[];
  by_department: (Tally & { id: string; name: string; kind: string; sort_order: number })[];
  late: { id: string; state: string; due_on: string; department_name: string; rule_code: string; rule_text: string; points: number }[];
}

/** A PostgreSQL text[] literal of state keys. */
const pgArray = (states: Iterable<string>): string => `{${[...states].map((state) => `"${state.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** The most urgent open tasks the dashboard lists. */
const LATE_LIST = 100;

// The campaign's tasks, read by campaign first (joined from the rules instead, the planner probed
// the task index once per rule), each judged once (done, submitted, returned by the task
// workflow's states; overdue by today), then counted in SQL per state, top indicator and
// department: only the counts and the 100 most urgent open tasks leave the database. Joins are
// scoped to the campaign's organisation and indicator system: joined by id alone, the planner
// hashes every county's departments and rules at national size (docs/performance.md). The other
// modules' rows are read through the relations they publish (ADR 13), pulled up into this plan.
const DASHBOARD_SQL = `
with own as materialized (
  select id, state, due_on, position, department_id, scoring_rule_id from ${TASK_ROWS} t where campaign_id = ?
), t as materialized (
  select t.id, t.state, t.due_on, t.position, d.id as department_id, d.name as department_name, d.kind as department_kind, d.sort_order as department_order,
         coalesce(p.code, i.code) as indicator_code, coalesce(p.title, i.title) as indicator_title, coalesce(p.max_score, i.max_score) as indicator_max,
         coalesce(p.sort_order, i.sort_order) as indicator_order, s.code as rule_code, s.text as rule_text, s.points,
         t.state = any(?::text[]) as done, t.state = any(?::text[]) as submitted, t.state = any(?::text[]) as returned
    from own t join ${DEPARTMENT_ROWS} d on d.id = t.department_id and d.organisation_id = ?
    join ${SCORING_RULE_ROWS} s on s.id = t.scoring_rule_id
    join ${INDICATOR_ROWS} i on i.id = s.indicator_id and i.system_id = ? left join ${INDICATOR_ROWS} p on p.id = i.parent_id and p.system_id = ?
), counted as (
  select t.*, not t.done and t.due_on < ?::date as overdue from t
)
select
  (select coalesce(json_agg(json_build_object('state', state, 'count', n)), '[]') from (select state, count(*)::int as n from counted group by state) x) as by_state,
  (select coalesce(json_agg(json_build_object('code', code, 'title', title, 'max_score', max_score, 'total', total, 'done', done, 'submitted', submitted, 'returned', returned, 'overdue', overdue) order by sort_order, first), '[]')
     from (select indicator_code as code, min(indicator_title) as title, min(indicator_max) as max_score, min(indicator_order) as sort_order, min(position) as first,
                  count(*)::int as total, count(*) filter (where done)::int as done, count(*) filter (where submitted)::int as submitted,
                  count(*) filter (where returned)::int as returned, count(*) filter (where overdue)::int as overdue
             from counted group by indicator_code) x) as by_indicator,
  (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'sort_order', sort_order, 'total', total, 'done', done, 'submitted', submitted, 'returned', returned, 'overdue', overdue) order by first), '[]')
     from (select department_id as id, min(department_name) as name, min(department_kind) as kind, min(department_order) as sort_order, min(position) as first,
                  count(*)::int as total, count(*) filter (where done)::int as done, count(*) filter (where submitted)::int as submitted,
                  count(*) filter (where returned)::int as returned, count(*) filter (where overdue)::int as overdue
             from counted group by department_id) x) as by_department,
  (select coalesce(json_agg(json_build_object('id', id, 'state', state, 'due_on', to_char(due_on, 'YYYY-MM-DD'), 'department_name', department_name, 'rule_code', rule_code, 'rule_text', rule_text, 'points', points) order by due_on, points desc, position), '[]')
     from (select * from counted where not done and due_on <= ?::date + ?::int order by due_on, points desc, position limit ?) x) as late`;

/**
 * The figures of a campaign's dashboard, counted in SQL in one statement. Liaisons are not given
 * the dashboard (the access policy), so the whole campaign is counted.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly workflowLabels: WorkflowLabelsService,
    @Inject(REPORTING_SETTINGS) private readonly settings: ReportingSettings,
  ) {}

  async dashboard(actor: Actor, campaignId: string): Promise<CampaignDashboardModel> {
    // Read-only: an office admin of a province or the nation follows the campaigns below it.
    const campaign = await this.campaigns.getReadable(campaignId, actor);
    // Which states are done, submitted or returned is the task workflow's to say, not a state name's.
    const { labels, finals, taskStates: kinds } = await this.workflowLabels.of(campaign.taskWorkflowDefinitionId);
    const today = todayInChina();
    const system = campaign.indicatorSystem.id;
    const [row] = await this.em.execute<DashboardRow[]>(DASHBOARD_SQL, [
      campaign.id,
      pgArray(finals),
      pgArray(kinds.submitted),
      pgArray(kinds.returned),
      campaign.organisation.id,
      system,
      system,
      today,
      today,
      this.settings.warningDays,
      LATE_LIST,
    ]);
    const byState = new Map(row.by_state.map(({ state, count }) => [state, count]));
    const totalTasks = row.by_state.reduce((sum, { count }) => sum + count, 0);
    const done = row.by_state.filter(({ state }) => finals.has(state)).reduce((sum, { count }) => sum + count, 0);
    // 红黑榜: overdue work weighs against approvals (ranking.ts); ties keep the table's order.
    const ranked = rankDepartments(
      row.by_department.map((department) => ({
        departmentId: department.id,
        name: department.name,
        kind: department.kind,
        total: department.total,
        done: department.done,
        submitted: department.submitted,
        returned: department.returned,
        overdue: department.overdue,
        progress: progressOf(department.done, department.total),
        order: department.sort_order,
      })),
    ).map(({ order: _order, ...department }) => department);
    const late = row.late.map((task) => {
      const days = daysUntil(task.due_on, today);
      return {
        taskId: task.id,
        departmentName: task.department_name,
        ruleCode: task.rule_code,
        ruleText: task.rule_text,
        points: Number(task.points),
        state: task.state,
        stateLabel: labels[task.state] ?? task.state,
        dueOn: task.due_on,
        daysUntilDue: days,
        deadlineStatus: days < 0 ? 'overdue' : 'due-soon',
      };
    });
    return {
      today,
      totalTasks,
      doneTasks: done,
      progress: progressOf(done, totalTasks),
      // In the definition's order of states (labels keep it).
      byState: Object.entries(labels)
        .filter(([state]) => byState.has(state))
        .map(([state, label]) => ({ state, label, count: byState.get(state) ?? 0 })),
      byIndicator: row.by_indicator.map((indicator) => ({
        code: indicator.code,
        title: indicator.title,
        maxScore: indicator.max_score === null ? null : Number(indicator.max_score),
        total: indicator.total,
        done: indicator.done,
        submitted: indicator.submitted,
        overdue: indicator.overdue,
        progress: progressOf(indicator.done, indicator.total),
      })),
      byDepartment: ranked,
      overdueTasks: late,
    };
  }
}
