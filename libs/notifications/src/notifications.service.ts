import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, type Connection, type Role, assertId, escapeLike, decodeCursor, emptyConnection, encodeCursor, keysetConnection, keysetOrder, pageSize } from '@accredit/api-kit';
import { Notification } from './notification.entity';
import { NotificationRead } from './notification-read.entity';
import type { NotificationSubject } from './notification-subject';
import { NotificationsRefusal, notificationsError } from './notifications.exception';

/** Newest first, then by id: a notice queued while someone pages lands before their cursor. */
const NEWEST_FIRST = keysetOrder('notifications.newestFirst', ['instant', 'uuid']);

export interface NoticeInput {
  organisationId: string;
  roles?: readonly string[];
  departmentId?: string | null;
  title: string;
  body: string;
  entityType: NotificationSubject;
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
   * Whether a notice about the subject whose title starts with `titlePrefix` was written in the
   * last `minutes` (a 催办 once an hour). In the caller's transaction: a caller that serialises on
   * a lock of its own then sees the notice of whoever held the lock before it.
   */
  async noticedSince(em: EntityManager, subject: { entityType: NotificationSubject; entityId: string }, titlePrefix: string, minutes: number): Promise<boolean> {
    const [recent] = await em.execute<{ found: boolean }[]>(
      `select exists (select 1 from notification where entity_type = ? and entity_id = ? and title like ? and created_at > now() - make_interval(mins => ?)) as found`,
      [subject.entityType, subject.entityId, `${escapeLike(titlePrefix)}%`, minutes],
    );
    return recent?.found ?? false;
  }

  /**
   * The actor's notices, newest first: addressed to one of their roles, or to their department,
   * or (for a role held in one campaign) to that role about that campaign; each with whether they read it.
   */
  async forActor(actor: Actor, first?: number | null, after?: string | null): Promise<Connection<Notification & { read: boolean }>> {
    // The arguments are checked for everyone, also for whom there is nothing to show.
    const limit = pageSize(first);
    const from = decodeCursor(NEWEST_FIRST, after);
    if (!actor.organisationId) return emptyConnection();
    const addressed: object[] = [{ recipientRole: { $in: [...actor.roles] } }];
    if (actor.departmentId) addressed.push({ recipientDepartment: actor.departmentId });
    const inCampaigns: FilterQuery<Notification>[] = (actor.campaignRoles ?? []).map((grant) => ({ recipientRole: grant.role as Role, entityType: 'campaign', entityId: grant.campaignId }));
    const where: FilterQuery<Notification> = { $or: [{ organisation: actor.organisationId, $or: addressed }, ...inCampaigns] };
    const afterCursor: FilterQuery<Notification> = from ? { $or: [{ createdAt: { $lt: new Date(from[0]) } }, { createdAt: new Date(from[0]), id: { $gt: from[1] } }] } : {};
    const [rows, totalCount] = await Promise.all([
      this.em.find(Notification, from ? { $and: [where, afterCursor] } : where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: limit + 1 }),
      this.em.count(Notification, where),
    ]);
    const page = rows.slice(0, limit);
    const read = page.length
      ? new Set((await this.em.find(NotificationRead, { userId: actor.userId, notification: { $in: page.map((row) => row.id) } })).map((row) => row.notification.id))
      : new Set<string>();
    return keysetConnection(rows, limit, after || null, totalCount, (row) => ({
      cursor: encodeCursor(NEWEST_FIRST, [row.createdAt.toISOString(), row.id]),
      node: Object.assign(row, { read: read.has(row.id) }),
    }));
  }

  /** How many of the actor's notices they have not read. */
  async unreadCount(actor: Actor): Promise<number> {
    if (!actor.organisationId) return 0;
    const [row] = await this.em.execute<{ count: string }[]>(
      `select count(*) from notification n
        where ${ADDRESSED_TO_ACTOR}
          and not exists (select 1 from notification_read r where r.user_id = ? and r.notification_id = n.id)`,
      [...addressedParams(actor), actor.userId],
    );
    return Number(row?.count ?? 0);
  }

  /** Marks notices read for the actor — only those addressed to them; `ids` null = all of them. Returns how many were newly read. */
  async markRead(actor: Actor, ids: readonly string[] | null): Promise<number> {
    if (!actor.organisationId) return 0;
    if (ids) for (const id of ids) assertId(id, 'ids');
    if (ids && ids.length > 500) throw notificationsError(NotificationsRefusal.TooManyIds, '一次最多标记 500 条通知');
    const rows = await this.em.execute<{ notification_id: string }[]>(
      `insert into notification_read (user_id, notification_id)
       select ?, n.id from notification n
        where ${ADDRESSED_TO_ACTOR} ${ids ? 'and n.id = any(?::uuid[])' : ''}
       on conflict do nothing
       returning notification_id`,
      [actor.userId, ...addressedParams(actor), ...(ids ? [`{${ids.join(',')}}`] : [])],
    );
    return rows.length;
  }
}

/** The notices an actor receives (SQL over `n`), with addressedParams(actor) as its parameters. */
const ADDRESSED_TO_ACTOR = `((n.organisation_id = ? and (n.recipient_role = any(?::text[]) or (?::uuid is not null and n.recipient_department_id = ?::uuid)))
  or (n.entity_type = 'campaign' and n.recipient_role || ':' || n.entity_id::text = any(?::text[])))`;

function addressedParams(actor: Actor): unknown[] {
  const grants = (actor.campaignRoles ?? []).map((grant) => `"${grant.role}:${grant.campaignId}"`);
  return [actor.organisationId, `{${actor.roles.join(',')}}`, actor.departmentId, actor.departmentId, `{${grants.join(',')}}`];
}
