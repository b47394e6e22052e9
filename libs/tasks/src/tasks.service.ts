import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Connection, assertId, decodeCursor, encodeCursor, pageSize } from '@accredit/api-kit';
import { Task } from './task.entity';
import { type TasksArgs } from './tasks-filter.input';

/** Task-table reads, paginated by position (the table's own order) so pages never shift. */
@Injectable()
export class TasksService {
  constructor(private readonly em: EntityManager) {}

  async page(args: TasksArgs): Promise<Connection<Task>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after);
    const where: FilterQuery<Task> = { campaign: assertId(args.campaignId, 'campaignId') };
    if (args.departmentId) where.department = assertId(args.departmentId, 'departmentId');
    if (args.state) where.state = args.state;
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
