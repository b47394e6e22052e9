import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type Connection, assertId, decodeCursor, encodeCursor, hasRole, keysetConnection, keysetOrder, pageSize } from '@accredit/api-kit';
import { isAuditAction } from './audit-action';
import { AuditRefusal, auditError } from './audit.exception';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit-event.model';

/** Newest first: the log's own sequence number, descending. */
const NEWEST_FIRST = keysetOrder('audit.newestFirst', ['int']);

/** Reading the audit log: an office admin their organisation's rows, a platform system admin all. */
@Injectable()
export class AuditQueries {
  constructor(private readonly em: EntityManager) {}

  async list(actor: Actor, filter: AuditEventFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<AuditEvent>> {
    const limit = pageSize(first);
    const from = decodeCursor(NEWEST_FIRST, after);
    const where: Record<string, unknown> = { ...this.scope(actor), ...this.conditions(filter ?? {}) };
    // Rows appended while someone pages are newer than every cursor: they never shift a page.
    const [rows, totalCount] = await Promise.all([
      this.em.find(AuditEvent, from ? { $and: [where, { id: { $lt: String(from[0]) } }] } : where, { orderBy: { id: 'desc' }, limit: limit + 1 }),
      this.em.count(AuditEvent, where),
    ]);
    return keysetConnection(rows, limit, after || null, totalCount, (row) => ({ cursor: encodeCursor(NEWEST_FIRST, [Number(row.id)]), node: row }));
  }

  private scope(actor: Actor): Record<string, unknown> {
    if (hasRole(actor, 'system_admin') && actor.organisationId === null) return {};
    if (hasRole(actor, 'office_admin', 'system_admin') && actor.organisationId) return { organisationId: actor.organisationId };
    throw auditError(AuditRefusal.NotAnAuditor, '只有办公室管理员和系统管理员可以查看审计日志');
  }

  private conditions(filter: AuditEventFilter): Record<string, unknown> {
    const where: Record<string, unknown> = {};
    if (filter.actions?.length) {
      const unknown = filter.actions.filter((action) => !isAuditAction(action));
      if (unknown.length) throw auditError(AuditRefusal.UnknownAction, `未知的操作：${unknown.join('、')}`, { actions: unknown });
      where['action'] = { $in: filter.actions };
    }
    if (filter.actorId) where['actorId'] = assertId(filter.actorId, 'actorId');
    if (filter.actorUsername?.trim()) where['actorUsername'] = filter.actorUsername.trim();
    if (filter.entityType?.trim()) where['entityType'] = filter.entityType.trim();
    if (filter.entityId?.trim()) where['entityId'] = filter.entityId.trim();
    if (filter.from && filter.to && filter.from >= filter.to) throw auditError(AuditRefusal.BadTimeRange, '筛选时间有误：from 须早于 to');
    if (filter.from || filter.to) where['at'] = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    return where;
  }
}
