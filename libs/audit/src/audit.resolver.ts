import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { type Connection, requireActor } from '@accredit/api-kit';
import { AUDIT_ACTION_LABELS } from './audit-action';
import type { AuditEvent } from './audit-event.entity';
import { AuditEventConnection, AuditEventFilter, AuditEventModel } from './audit-event.model';
import { AuditQueries } from './audit-queries.service';

const toModel = (row: AuditEvent): AuditEventModel =>
  Object.assign(new AuditEventModel(), {
    id: String(row.id),
    at: row.at,
    action: row.action,
    actionLabel: AUDIT_ACTION_LABELS[row.action] ?? row.action,
    actorId: row.actorId ?? null,
    actorUsername: row.actorUsername ?? null,
    actorName: row.actorName ?? null,
    organisationId: row.organisationId ?? null,
    entityType: row.entityType ?? null,
    entityId: row.entityId ?? null,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  });

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly queries: AuditQueries) {}

  @Query(() => AuditEventConnection, { description: '审计日志，最新在前（办公室管理员：本单位；系统管理员：全部）' })
  async auditEvents(
    @Context() context: object,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEventModel>> {
    const page = await this.queries.list(requireActor(context), filter, first, after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })) };
  }
}
