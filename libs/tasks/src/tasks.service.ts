import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery, raw } from '@mikro-orm/postgresql';
import {
  type Actor,
  AppError,
  type Connection,
  ErrorCode,
  assertId,
  decodeCursor,
  departmentScope,
  emptyConnection,
  encodeCursor,
  hasCampaignGrant,
  isCampaignRoleOnly,
  keysetConnection,
  keysetOrder,
  pageSize,
} from '@accredit/api-kit';
import { readableCampaigns } from '@accredit/campaigns';
import { TASK_STATE_VOCABULARY, type TaskStateVocabulary } from './task-state-vocabulary';

/**
 * The task table's orders as keysets: each ends in the table's own order (position, unique in a
 * campaign) and the id, so a cursor names one row and the next page starts right after it.
 */
const TABLE_ORDER = keysetOrder('tasks.table', ['int', 'uuid']);
const DUE_ON_ORDER = keysetOrder('tasks.dueOn', ['date', 'int', 'uuid']);
const DEPARTMENT_ORDER = keysetOrder('tasks.department', ['int', 'text', 'int', 'uuid']);

const MAX_STATES = 20;

/** A task as the table reads it: its own columns, references as ids. */
export interface TaskRow {
  id: string;
  state: string;
  role: string;
  dueOn: string;
  version: number;
  position: number;
  campaignId: string;
  departmentId: string;
  scoringRuleId: string;
  /** The task's department, read with the page (it is joined for the order and the search anyway). */
  department: { id: string; name: string; fullName: string | null; kind: string; tags: string[] };
}

interface TaskRowColumns {
  department_sort_order: number;
  department_name: string;
  department_full_name: string | null;
  department_kind: string;
  department_tags: string[];
  /** Only on a first page: the count of every matching row, read with the rows. */
  total_count?: string | number;
  id: string;
  state: string;
  role: string;
  due_on: string;
  version: number;
  position: number;
  campaign_id: string;
  department_id: string;
  scoring_rule_id: string;
}

const toTaskRow = (row: TaskRowColumns): TaskRow => ({
  id: row.id,
  state: row.state,
  role: row.role,
  dueOn: row.due_on,
  version: row.version,
  position: row.position,
  campaignId: row.campaign_id,
  departmentId: row.department_id,
  scoringRuleId: row.scoring_rule_id,
  department: { id: row.department_id, name: row.department_name, fullName: row.department_full_name, kind: row.department_kind, tags: row.department_tags },
});
import { Task } from './task.entity';
import { TaskOrder, type TasksArgs } from './tasks-filter.input';

/**
 * Task-table reads, filtered, sorted and paginated in the database: one statement for a first
 * page (its rows, their departments and the count), two after a cursor, whatever the page size. Every order pages by keyset: a task inserted
 * or moved while someone walks the pages never makes a row show twice or be skipped.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly em: EntityManager,
    @Inject(TASK_STATE_VOCABULARY) private readonly vocabulary: TaskStateVocabulary,
  ) {}

  /** A page of tasks the actor may see: their organisation's, and only their department's for a liaison. */
  async page(args: TasksArgs, actor: Actor): Promise<Connection<TaskRow>> {
    const first = pageSize(args.first);
    const order = args.orderBy ?? TaskOrder.TABLE;
    const keyset = this.keysetOf(order, args.after);
    // An account with campaign roles only reads the tasks of campaigns whose role grants it.
    const roleOnly = isCampaignRoleOnly(actor);
    if (roleOnly && !hasCampaignGrant(actor, assertId(args.campaignId, 'campaignId'), 'tasks')) return emptyConnection();
    // Read-only: the organisation's tasks, those below it for an office admin, and the participants' work in campaigns it owns.
    const readable = roleOnly ? {} : await readableCampaigns(this.em, actor);
    const where: FilterQuery<Task> = { campaign: { $and: [{ id: assertId(args.campaignId, 'campaignId') }, readable] } };
    const ownDepartment = departmentScope(actor);
    if (args.departmentId) assertId(args.departmentId, 'departmentId');
    if (ownDepartment && args.departmentId && args.departmentId !== ownDepartment) {
      throw new AppError(ErrorCode.Forbidden, '只能查看本部门的任务');
    }
    const department = ownDepartment ?? args.departmentId;
    if (department) where.department = department;
    if (args.states) {
      if (args.states.length > MAX_STATES) throw AppError.validation(`states 最多 ${MAX_STATES} 个`);
      where.$and = [...(where.$and ?? []), { state: { $in: args.states } }];
    }
    if (args.state) where.state = args.state;
    if (args.dueBefore) where.dueOn = { $lt: args.dueBefore };
    if (args.reviewQueue) {
      const queue = await this.vocabulary.reviewQueueStates(assertId(args.campaignId, 'campaignId'));
      where.state = args.state ? (queue.includes(args.state) ? args.state : { $in: [] }) : { $in: queue };
    }
    const search = args.search?.trim();
    if (search) {
      if (search.length > 100) throw AppError.validation('搜索内容不能超过 100 个字');
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$and = [...(where.$and ?? []), { $or: [{ scoringRule: { text: { $ilike: pattern } } }, { scoringRule: { code: { $ilike: pattern } } }, { department: { name: { $ilike: pattern } } }] }];
    }
    if (args.indicatorCode) {
      // Top-level code: the rule's indicator or any ancestor within the campaign's snapshot.
      where.scoringRule = {
        $or: [{ indicator: { code: args.indicatorCode } }, { indicator: { parent: { code: args.indicatorCode } } }, { indicator: { parent: { parent: { code: args.indicatorCode } } } }],
      };
    }
    // Plain rows, not entities: a page needs nine columns, and hydrating entities (identity map,
    // reference wrappers) was a fifth of the request's CPU at national scale (docs/performance.md).
    // The page's departments come with it (joined for the order and the search): no lookup per page.
    const columns = [
      ...(['id', 'state', 'role', 'dueOn', 'version', 'position', 'campaign', 'department', 'scoringRule'] as const),
      raw('d.sort_order as department_sort_order'),
      raw('d.name as department_name'),
      raw('d.full_name as department_full_name'),
      raw('d.kind as department_kind'),
      raw('d.tags as department_tags'),
    ];
    // A first page (no cursor) counts every matching row in the same statement; a later page
    // cannot (its keyset condition hides the rows before it) and counts separately, in parallel.
    if (!keyset) columns.push(raw('count(*) over () as total_count'));
    const query = this.em.createQueryBuilder(Task, 't').select(columns).join('t.department', 'd').where(where);
    if (keyset) query.andWhere(keyset.condition, keyset.values);
    const [rows, separateCount] = await Promise.all([
      query.orderBy(keyset?.orderBy ?? this.orderByOf(order)).limit(first + 1).execute<TaskRowColumns[]>('all', false),
      keyset ? this.em.count(Task, where) : null,
    ]);
    const totalCount = separateCount ?? Number(rows[0]?.total_count ?? 0);
    return keysetConnection(rows, first, args.after || null, totalCount, (row) => ({ cursor: this.cursorOf(order, row), node: toTaskRow(row) }));
  }

  private orderByOf(order: TaskOrder): Record<string, 'asc'>[] {
    switch (order) {
      case TaskOrder.DUE_ON:
        return [{ 't.due_on': 'asc' }, { 't.position': 'asc' }, { 't.id': 'asc' }];
      case TaskOrder.DEPARTMENT:
        return [{ 'd.sort_order': 'asc' }, { 'd.name': 'asc' }, { 't.position': 'asc' }, { 't.id': 'asc' }];
      case TaskOrder.TABLE:
        return [{ 't.position': 'asc' }, { 't.id': 'asc' }];
    }
  }

  /** The rows after the cursor's row, in the order's own columns. */
  private keysetOf(order: TaskOrder, after: string | null | undefined): { condition: string; values: unknown[]; orderBy: Record<string, 'asc'>[] } | null {
    const orderBy = this.orderByOf(order);
    switch (order) {
      case TaskOrder.DUE_ON: {
        const key = decodeCursor(DUE_ON_ORDER, after);
        return key && { condition: '(t.due_on, t.position, t.id) > (?::date, ?, ?::uuid)', values: [...key], orderBy };
      }
      case TaskOrder.DEPARTMENT: {
        const key = decodeCursor(DEPARTMENT_ORDER, after);
        return key && { condition: '(d.sort_order, d.name, t.position, t.id) > (?, ?, ?, ?::uuid)', values: [...key], orderBy };
      }
      case TaskOrder.TABLE: {
        const key = decodeCursor(TABLE_ORDER, after);
        return key && { condition: '(t.position, t.id) > (?, ?::uuid)', values: [...key], orderBy };
      }
    }
  }

  private cursorOf(order: TaskOrder, row: TaskRowColumns): string {
    switch (order) {
      case TaskOrder.DUE_ON:
        return encodeCursor(DUE_ON_ORDER, [row.due_on, row.position, row.id]);
      case TaskOrder.DEPARTMENT:
        return encodeCursor(DEPARTMENT_ORDER, [row.department_sort_order, row.department_name, row.position, row.id]);
      case TaskOrder.TABLE:
        return encodeCursor(TABLE_ORDER, [row.position, row.id]);
    }
  }
}
