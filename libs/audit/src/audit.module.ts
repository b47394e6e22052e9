import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuditEvent } from './audit-event.entity';
import { AuditQueries } from './audit-queries.service';
import { AuditResolver } from './audit.resolver';

/**
 * The audit log's query side. Writing needs no provider: a feature calls appendAudit(em, …) in its
 * own transaction, so this library depends on no other feature and every feature may use it.
 */
@Module({
  imports: [MikroOrmModule.forFeature([AuditEvent])],
  providers: [AuditQueries, AuditResolver],
})
export class AuditModule {}
