import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, type Connection, type Role, decodeCursor, encodeCursor, pageSize } from '@accredit/api-kit';
import { Notification } from './notification.entity';

export interface NoticeInput {
  organisationId: string;
  roles?: readonly string[];
  departmentId?: string | null;
  title: string;
  body: string;
  entityType: string;
  entityId: string;
}

@Injectable()
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  /** Queues notices in the caller's unit of work (they commit with the change that caused them). */
  queue(em: EntityManager, notice: NoticeInput): Notification[] {
    const base = { organisation: notice.organisationId, title: notice.title, body: notice.body, entityType: notice.entityType, entityId: notice.entityId };
    const rows = (notice.roles ?? []).map((role) => em.create(Notification, { ...base, recipientRole: role as Role }));
    if (notice.departmentId) rows.push(em.create(Notification, { ...base, recipientDepartment: notice.departmentId }));
    return rows;
  }

  /**
   * The actor's notices, newest first: addressed to one of their roles, or to their department,
   * or (for a role held in one campaign) to that role about that campaign.
   */
  async forActor(actor: Actor, first?: number | null, after?: string | null): Promise<Connection<Notification>> {
    // The arguments are checked for everyone, also for whom there is nothing to show.
    const limit = pageSize(first);
    const offset = decodeCursor(after) ?? 0;
    if (!actor.organisationId) return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const addressed: object[] = [{ recipientRole: { $in: [...actor.roles] } }];
    if (actor.departmentId) addressed.push({ recipientDepartment: actor.departmentId });
    const inCampaigns: FilterQuery<Notification>[] = (actor.campaignRoles ?? []).map((grant) => ({ recipientRole: grant.role as Role, entityType: 'campaign', entityId: grant.campaignId }));
    const where: FilterQuery<Notification> = { $or: [{ organisation: actor.organisationId, $or: addressed }, ...inCampaigns] };
    const [rows, totalCount] = await this.em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: limit + 1, offset });
    const page = rows.slice(0, limit);
    return {
      totalCount,
      edges: page.map((row, index) => ({ cursor: encodeCursor(offset + index + 1), node: row })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? encodeCursor(offset + page.length) : null },
    };
  }
}
