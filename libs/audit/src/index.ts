export * from './audit-action';
export * from './audit-entity-type';
export * from './audit-hash';
export * from './audit-chain-verifier';
export * from './audit-chain-reader';
export * from './audit-chain-report';
export * from './audit-event.entity';
export * from './append-audit';
export * from './audit.module';
// For the links the owners of users and organisations declare on it (actor, organisation).
export { AuditEventModel } from './audit-event.model';

import { AuditEvent } from './audit-event.entity';
export const AUDIT_ENTITIES = [AuditEvent];
export * from './audit.read-relations';
export * from './audit.exception';
