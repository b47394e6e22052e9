import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  type Actor,
  type Connection,
  assertId,
  containsPattern,
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
import { type ReadableCampaignScope, readableCampaignScope } from '@accredit/campaigns';
import { runPrepared } from '@accredit/db';
import { TASK_COUNT_STATEMENT, TASK_PAGE_STATEMENTS, type TaskPageParam, type TaskPageRow } from './task-page.statements';
import { TASK_STATE_VOCABULARY, type TaskStateVocabulary } from './task-state-vocabulary';
import { TaskOrder, type TasksArgs } from './tasks-filter.input';
import { TasksRefusal, tasksError } from './tasks.exception';

/**
 * The task table's orders as keysets: each ends in the table's own order (position, unique in a
 * campaign) and the id, so a cursor names one row and the next page starts right after it.
 */
const TABLE_ORDER = keysetOrder('tasks.table', ['int', 'uuid']);
const DUE_ON_ORDER = keysetOrder('tasks.dueOn', ['date', 'int', 'uuid']);
const DEPARTMENT_ORDER = keysetOrder('tasks.department', ['int', 'text', 'int', 'uuid']);

const MAX_STATES = 20;

/**
 * Task-table reads, filtered, sorted and paginated in the database: one prepared statement for a
 * first page (its rows, their departments and the count), two after a cursor, whatever the page
 * size, filters or order. Every order pages by keyset: a task inserted or moved while someone
 * walks the pages never makes a row show twice or be skipped.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly em: EntityManager,
    @Inject(TASK_STATE_VOCABULARY) private readonly vocabulary: TaskStateVocabulary,
  ) {}

  /** A page of tasks the actor may see: their organisation's, and only their department's for a liaison. */
  async page(args: TasksArgs, actor: Actor): Promise<Connection<TaskPageRow>> {
    const first = pageSize(args.first);
    const order = args.orderBy ?? TaskOrder.TABLE;
    const keyset = this.keysetOf(order, args.after);
    // An account with campaign roles only reads the tasks of campaigns whose role grants it.
    const roleOnly = isCampaignRoleOnly(actor);
    if (roleOnly && !hasCampaignGrant(actor, assertId(args.campaignId, 'campaignId'), 'tasks')) return emptyConnection();
    // Read-only: the organisation's tasks, those below it for an office admin, and the participants' work in campaigns it owns.
    const scope: ReadableCampaignScope = roleOnly ? { scopeAll: true, scopeOrganisation: null, scopePath: null, scopeOwner: null } : await readableCampaignScope(this.em, actor);
    const campaignId = assertId(args.campaignId, 'campaignId');
    const ownDepartment = departmentScope(actor);
    if (args.departmentId) assertId(args.departmentId, 'departmentId');
    if (ownDepartment && args.departmentId && args.departmentId !== ownDepartment) {
      throw tasksError(TasksRefusal.OtherDepartment, '只能查看本部门的任务');
    }
    if (args.states && args.states.length > MAX_STATES) throw tasksError(TasksRefusal.TooManyStates, `states 最多 ${MAX_STATES} 个`);
    let queueStates: string[] | null = null;
    if (args.reviewQueue) {
      queueStates = await this.vocabulary.reviewQueueStates(campaignId);
    }
    const search = args.search?.trim();
    if (search && search.length > 100) throw tasksError(TasksRefusal.SearchTooLong, '搜索内容不能超过 100 个字');
    const values: Record<TaskPageParam, unknown> = {
      campaignId,
      ...scope,
      departmentId: ownDepartment ?? (args.departmentId || null),
      states: args.states ?? null,
      state: args.state || null,
      queueStates,
      dueBefore: args.dueBefore || null,
      search: search ? containsPattern(search) : null,
      indicatorCode: args.indicatorCode || null,
      limit: first + 1,
      k1: keyset?.[0] ?? null,
      k2: keyset?.[1] ?? null,
      k3: keyset?.[2] ?? null,
      k4: keyset?.[3] ?? null,
    };
    // One statement with the text written once (no query builder, no entities): the rows come
    // shaped as the model needs them, with their departments and, on a first page, the count.
    const statements = TASK_PAGE_STATEMENTS[order];
    const [rows, separateCount] = await Promise.all([
      runPrepared<TaskPageParam, TaskPageRow>(this.em, keyset ? statements.after : statements.first, values),
      keyset ? runPrepared<TaskPageParam, { totalCount: string }>(this.em, TASK_COUNT_STATEMENT, values) : null,
    ]);
    const totalCount = Number((separateCount ?? rows)[0]?.totalCount ?? 0);
    return keysetConnection(rows, first, args.after || null, totalCount, (row) => ({ cursor: this.cursorOf(order, row), node: row }));
  }

  /** The key of the row after which a page starts, in its order's columns. */
  private keysetOf(order: TaskOrder, after: string | null | undefined): readonly unknown[] | null {
    switch (order) {
      case TaskOrder.DUE_ON:
        return decodeCursor(DUE_ON_ORDER, after);
      case TaskOrder.DEPARTMENT:
        return decodeCursor(DEPARTMENT_ORDER, after);
      case TaskOrder.TABLE:
        return decodeCursor(TABLE_ORDER, after);
    }
  }

  private cursorOf(order: TaskOrder, row: TaskPageRow): string {
    switch (order) {
      case TaskOrder.DUE_ON:
        return encodeCursor(DUE_ON_ORDER, [row.dueOn, row.position, row.id]);
      case TaskOrder.DEPARTMENT:
        return encodeCursor(DEPARTMENT_ORDER, [row.departmentSortOrder, row.departmentName, row.position, row.id]);
      case TaskOrder.TABLE:
        return encodeCursor(TABLE_ORDER, [row.position, row.id]);
    }
  }
}
