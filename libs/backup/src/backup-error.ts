import { AppError, ErrorCode } from '@accredit/api-kit';

/** Why a backup or restore stopped: stable, in `details.reason`; the message says what to do. */
export type BackupRefusal =
  | 'TARGET_NOT_EMPTY'
  | 'NOT_INITIALISED'
  | 'UNSUPPORTED_SCHEMA'
  | 'EVIDENCE_DAMAGED'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_MISMATCH'
  | 'CHECKSUM_MISMATCH'
  | 'NEWER_BACKUP'
  | 'CLIENTS_CONNECTED'
  | 'DATABASE_NOT_EMPTY'
  | 'ROW_COUNT_MISMATCH';

function errorCodeOf(reason: BackupRefusal): ErrorCode {
  switch (reason) {
    case 'TARGET_NOT_EMPTY':
    case 'CLIENTS_CONNECTED':
    case 'DATABASE_NOT_EMPTY':
      return ErrorCode.Conflict;
    case 'NOT_INITIALISED':
    case 'UNSUPPORTED_SCHEMA':
    case 'MANIFEST_INVALID':
    case 'MANIFEST_MISMATCH':
    case 'CHECKSUM_MISMATCH':
    case 'NEWER_BACKUP':
    case 'ROW_COUNT_MISMATCH':
    case 'EVIDENCE_DAMAGED':
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message) that names why the backup or restore stopped. */
export class BackupError extends AppError {
  constructor(
    readonly reason: BackupRefusal,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(errorCodeOf(reason), message, { reason, ...details });
    this.name = 'BackupError';
  }
}
