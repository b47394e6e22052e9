import { CAMPAIGN_ROWS, READABLE_CAMPAIGN_ID_SQL } from '@accredit/campaigns';
import { type PreparedStatement, prepareStatement } from '@accredit/db';
import { INDICATOR_ROWS, SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { TaskOrder } from './tasks-filter.input';

/** A task as a page reads it: the GraphQL model's own fields, references as ids, its department's columns. */
export interface TaskPageRow {
  id: string;
  state: string;
  role: string;
  dueOn: string;
  version: number;
  position: number;
  campaignId: string;
  departmentId: string;
  scoringRuleId: string;
  departmentSortOrder: number;
  departmentName: string;
  departmentFullName: string | null;
  departmentKind: string;
  departmentTags: string[];
  /** Only on a first page: the count of every matching row, read with the rows. */
  totalCount?: string;
}

/**
 * A campaign's tasks name only its organisation's departments and its indicator system's rules, so
 * the departments and rules are read through those two (an index probe of the campaign row each):
 * joined by id alone, a department order or a search hashed every county's departments and rules
 * at national size (issue 15 cause 3). The rule filters are uncorrelated `in` lists, built once
 * per statement from the system's few dozen rules, not probed once per task.
 */
const CAMPAIGN_ORGANISATION = `(select organisation_id from ${CAMPAIGN_ROWS} c where c.id = :campaignId::uuid)`;
const CAMPAIGN_SYSTEM = `(select indicator_system_id from ${CAMPAIGN_ROWS} c where c.id = :campaignId::uuid)`;
const FROM = `task t join ${DEPARTMENT_ROWS} d on d.id = t.department_id and d.organisation_id = ${CAMPAIGN_ORGANISATION}`;

/**
 * Every filter of the task table is a parameter that is null when not asked for, so one text
 * serves every combination (PostgreSQL drops the conditions of null parameters from a custom plan;
 * a campaign has a few hundred tasks, so even a generic plan scans one campaign's rows).
 * The campaign must be readable by the actor (READABLE_CAMPAIGN_ID_SQL), else no row. Departments,
 * rules and indicators are their owners' read relations (ADR 13): pulled up, the plan is the join's.
 */
const WHERE = `
  t.campaign_id = ${READABLE_CAMPAIGN_ID_SQL}
  and (:departmentId::uuid is null or t.department_id = :departmentId)
  and (:states::text[] is null or t.state = any(:states))
  and (:state::text is null or t.state = :state)
  and (:queueStates::text[] is null or t.state = any(:queueStates))
  and (:dueBefore::date is null or t.due_on < :dueBefore)
  and (:search::text is null or d.name ilike :search
    or t.scoring_rule_id in (select r.id from ${SCORING_RULE_ROWS} r join ${INDICATOR_ROWS} ri on ri.id = r.indicator_id
      where ri.system_id = ${CAMPAIGN_SYSTEM} and (r.text ilike :search or r.code ilike :search)))
  and (:indicatorCode::text is null or t.scoring_rule_id in (
    select r.id from ${SCORING_RULE_ROWS} r
    join ${INDICATOR_ROWS} i on i.id = r.indicator_id
    left join ${INDICATOR_ROWS} i1 on i1.id = i.parent_id
    left join ${INDICATOR_ROWS} i2 on i2.id = i1.parent_id
    where i.system_id = ${CAMPAIGN_SYSTEM} and :indicatorCode in (i.code, i1.code, i2.code)))`;

const COLUMNS = `t.id, t.state, t.role, t.due_on as "dueOn", t.version, t.position,
  t.campaign_id as "campaignId", t.department_id as "departmentId", t.scoring_rule_id as "scoringRuleId",
  d.sort_order as "departmentSortOrder", d.name as "departmentName", d.full_name as "departmentFullName",
  d.kind as "departmentKind", d.tags as "departmentTags"`;

/** Each order's sort and its keyset condition (the rows after a cursor's row). */
const ORDERS: Record<TaskOrder, { orderBy: string; after: string }> = {
  [TaskOrder.TABLE]: { orderBy: 't.position, t.id', after: '(t.position, t.id) > (:k1::int, :k2::uuid)' },
  [TaskOrder.DUE_ON]: { orderBy: 't.due_on, t.position, t.id', after: '(t.due_on, t.position, t.id) > (:k1::date, :k2::int, :k3::uuid)' },
  [TaskOrder.DEPARTMENT]: {
    orderBy: 'd.sort_order, d.name, t.position, t.id',
    after: '(d.sort_order, d.name, t.position, t.id) > (:k1::int, :k2::text, :k3::int, :k4::uuid)',
  },
};

export type TaskPageParam =
  | 'campaignId'
  | 'scopeAll'
  | 'scopeOrganisation'
  | 'scopePath'
  | 'scopeOwner'
  | 'departmentId'
  | 'states'
  | 'state'
  | 'queueStates'
  | 'dueBefore'
  | 'search'
  | 'indicatorCode'
  | 'limit'
  | 'k1'
  | 'k2'
  | 'k3'
  | 'k4';

/**
 * A first page counts every matching row in the same statement; a later page cannot (its keyset
 * condition hides the rows before it) and counts in a second statement, sent at the same time.
 */
export const TASK_PAGE_STATEMENTS: Record<TaskOrder, { first: PreparedStatement<TaskPageParam>; after: PreparedStatement<TaskPageParam> }> = Object.fromEntries(
  Object.values(TaskOrder).map((order) => {
    const { orderBy, after } = ORDERS[order];
    const page = (name: string, extra: string, condition: string) =>
      prepareStatement<TaskPageParam>(`tasks.page.${order}.${name}`, `select ${COLUMNS}${extra} from ${FROM} where ${WHERE}${condition} order by ${orderBy} limit :limit::int`);
    return [order, { first: page('first', ', count(*) over () as "totalCount"', ''), after: page('after', '', ` and ${after}`) }];
  }),
) as never;

export const TASK_COUNT_STATEMENT = prepareStatement<TaskPageParam>('tasks.page.count', `select count(*) as "totalCount" from ${FROM} where ${WHERE}`);
