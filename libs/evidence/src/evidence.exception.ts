import { ErrorCode, refusalFactory } from '@accredit/api-kit';
import { UploadRefusal } from '@accredit/upload-contract';

/**
 * Why an upload or an evidence request was refused: stable, in `extensions.details.reason`. They
 * are the upload contract's wire names, shared with the admin's upload client (which resumes on
 * OffsetMismatch), so the list lives there once.
 */
export const EvidenceRefusal = UploadRefusal;
export type EvidenceRefusal = UploadRefusal;

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: EvidenceRefusal): ErrorCode {
  switch (reason) {
    case EvidenceRefusal.OffsetMismatch:
    case EvidenceRefusal.Finished:
    case EvidenceRefusal.Incomplete:
      return ErrorCode.Conflict;
    case EvidenceRefusal.DiskFull:
      return ErrorCode.ServiceUnavailable;
    case EvidenceRefusal.TusVersion:
    case EvidenceRefusal.LengthRequired:
    case EvidenceRefusal.Empty:
    case EvidenceRefusal.TooLarge:
    case EvidenceRefusal.CannotCancelFinished:
    case EvidenceRefusal.Superseded:
    case EvidenceRefusal.Lost:
    case EvidenceRefusal.InvalidMetadata:
    case EvidenceRefusal.TypeNotAllowed:
    case EvidenceRefusal.Malformed:
    case EvidenceRefusal.NotMultipart:
    case EvidenceRefusal.FieldTooLong:
    case EvidenceRefusal.TooManyFiles:
    case EvidenceRefusal.TooManyFields:
    case EvidenceRefusal.TooManyParts:
    case EvidenceRefusal.NoFile:
    case EvidenceRefusal.Aborted:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const evidenceError = refusalFactory(errorCodeOf);
