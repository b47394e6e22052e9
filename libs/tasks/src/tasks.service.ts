import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, type Connection, ErrorCode, assertId, decodeCursor, departmentScope, encodeCursor, hasCampaignGrant, isCampaignRoleOnly, organisationScope, pageSize } from '@accredit/api-kit';
import { Task } from './task.entity';
import { type TasksArgs } from './tasks-filter.input';
import { TASK_STATE_VOCABULARY, type TaskStateVocabulary } from './task-state-vocabulary';

/** Task-table reads, paginated by position (the table's own order) so pages never shift. */
@Injectable()
export class TasksService {
  constructor(
    private readonly em: EntityManager,
    @Optional() @Inject(TASK_STATE_VOCABULARY) private readonly vocabulary: TaskStateVocabulary | null = null,
  ) {}

  /** A page of tasks the actor may see: their organisation's, and only their department's for a liaison. */
  async page(args: TasksArgs, actor: Actor): Promise<Connection<Task>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after);
    // An account with campaign roles only reads the tasks of campaigns whose role grants it.
    const roleOnly = isCampaignRoleOnly(actor);
    if (roleOnly && !hasCampaignGrant(actor, assertId(args.campaignId, 'campaignId'), 'tasks')) {
      return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const organisation = roleOnly ? null : organisationScope(actor);
    const where: FilterQuery<Task> = organisation
      ? { campaign: { id: assertId(args.campaignId, 'campaignId'), organisation } }
      : { campaign: assertId(args.campaignId, 'campaignId') };
    const ownDepartment = departmentScope(actor);
    if (args.departmentId) assertId(args.departmentId, 'departmentId');
    if (ownDepartment && args.departmentId && args.departmentId !== ownDepartment) {
      throw new AppError(ErrorCode.Forbidden, '只能查看本部门的任务');
    }
    const department = ownDepartment ?? args.departmentId;
    if (department) where.department = department;
    if (args.state) where.state = args.state;
    if (args.reviewQueue) {
      if (!this.vocabulary) throw new AppError(ErrorCode.Internal, '审核队列不可用：未配置任务流程');
      const queue = await this.vocabulary.reviewQueueStates(assertId(args.campaignId, 'campaignId'));
      where.state = args.state ? (queue.includes(args.state) ? args.state : { $in: [] }) : { $in: queue };
    }
    const search = args.search?.trim();
    if (search) {
      if (search.length > 100) throw AppError.validation('搜索内容不能超过 100 个字');
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$and = [{ $or: [{ scoringRule: { text: { $ilike: pattern } } }, { scoringRule: { code: { $ilike: pattern } } }, { department: { name: { $ilike: pattern } } }] }];
    }
    if (args.indicatorCode) {
      // Top-level code: the rule's indicator or any ancestor within the campaign's snapshot.
      where.scoringRule = {
        $or: [{ indicator: { code: args.indicatorCode } }, { indicator: { parent: { code: args.indicatorCode } } }, { indicator: { parent: { parent: { code: args.indicatorCode } } } }],
      };
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(Task, after === null ? where : { $and: [where, { position: { $gt: after } }] }, { orderBy: { position: 'asc' }, limit: first + 1 }),
      this.em.count(Task, where),
    ]);
    const page = rows.slice(0, first);
    return {
      totalCount,
      edges: page.map((task) => ({ cursor: encodeCursor(task.position), node: task })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].position) : null },
    };
  }
}
