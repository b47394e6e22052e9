import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, type Connection, ErrorCode, assertId, decodeCursor, departmentScope, encodeCursor, hasCampaignGrant, isCampaignRoleOnly, pageSize } from '@accredit/api-kit';
import { readableCampaigns } from '@accredit/campaigns';
import { TASK_STATE_VOCABULARY, type TaskStateVocabulary } from './task-state-vocabulary';

/** Cursors of the sorted orders: the offset of the next row (base64, opaque to clients). */
const encodeOffset = (offset: number): string => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw AppError.validation(`游标 after 无效：${cursor}，请使用上一页返回的 endCursor（更换排序后须从第一页开始）`, { after: cursor });
  return Number(match[1]);
}

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
}

interface TaskRowColumns {
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
});
import { Task } from './task.entity';
import { TaskOrder, type TasksArgs } from './tasks-filter.input';

/**
 * Task-table reads, filtered, sorted and paginated in the database: two statements per page
 * (the rows and the count) whatever the page size. The table's own order pages by position
 * (keyset: pages never shift); the other orders page by offset, ending in position.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly em: EntityManager,
    @Optional() @Inject(TASK_STATE_VOCABULARY) private readonly vocabulary: TaskStateVocabulary | null = null,
  ) {}

  /** A page of tasks the actor may see: their organisation's, and only their department's for a liaison. */
  async page(args: TasksArgs, actor: Actor): Promise<Connection<TaskRow>> {
    const first = pageSize(args.first);
    const order = args.orderBy ?? TaskOrder.TABLE;
    const after = order === TaskOrder.TABLE ? decodeCursor(args.after) : null;
    const offset = order === TaskOrder.TABLE ? 0 : decodeOffset(args.after);
    // An account with campaign roles only reads the tasks of campaigns whose role grants it.
    const roleOnly = isCampaignRoleOnly(actor);
    if (roleOnly && !hasCampaignGrant(actor, assertId(args.campaignId, 'campaignId'), 'tasks')) {
      return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
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
      if (!this.vocabulary) throw new AppError(ErrorCode.Internal, '审核队列不可用：未配置任务流程');
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
    const orderBy =
      order === TaskOrder.DUE_ON
        ? [{ dueOn: 'asc' as const }, { position: 'asc' as const }]
        : order === TaskOrder.DEPARTMENT
          ? [{ department: { sortOrder: 'asc' as const } }, { department: { name: 'asc' as const } }, { position: 'asc' as const }]
          : [{ position: 'asc' as const }];
    // Plain rows, not entities: a page needs nine columns, and hydrating entities (identity map,
    // reference wrappers) was a fifth of the request's CPU at national scale (docs/performance.md).
    const [raw, totalCount] = await Promise.all([
      this.em
        .createQueryBuilder(Task, 't')
        .select(['id', 'state', 'role', 'dueOn', 'version', 'position', 'campaign', 'department', 'scoringRule'])
        .where(after === null ? where : { $and: [where, { position: { $gt: after } }] })
        .orderBy(orderBy)
        .limit(first + 1)
        .offset(offset)
        .execute<TaskRowColumns[]>('all', false),
      this.em.count(Task, where),
    ]);
    const rows = raw.map(toTaskRow);
    const page = rows.slice(0, first);
    const cursorOf = (task: TaskRow, index: number) => (order === TaskOrder.TABLE ? encodeCursor(task.position) : encodeOffset(offset + index + 1));
    return {
      totalCount,
      edges: page.map((task, index) => ({ cursor: cursorOf(task, index), node: task })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page[page.length - 1], page.length - 1) : null },
    };
  }
}
