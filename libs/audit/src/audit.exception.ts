import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a read of the audit log was refused: stable, in `extensions.details.reason`. */
export enum AuditRefusal {
  /** Only office admins and system admins read the log. */
  NotAnAuditor = 'NOT_AN_AUDITOR',
  UnknownAction = 'UNKNOWN_ACTION',
  BadTimeRange = 'BAD_TIME_RANGE',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: AuditRefusal): ErrorCode {
  switch (reason) {
    case AuditRefusal.NotAnAuditor:
      return ErrorCode.Forbidden;
    case AuditRefusal.UnknownAction:
    case AuditRefusal.BadTimeRange:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const auditError = refusalFactory(errorCodeOf);
