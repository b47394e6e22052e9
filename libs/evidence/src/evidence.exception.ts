import { ErrorCode, refusalFactory } from '@accredit/api-kit';
import { UploadRefusal } from '@accredit/upload-contract';

/**
 * Why an upload or an evidence request was refused: stable, in `extensions.details.reason`. The
 * upload's reasons are the upload contract's wire names, shared with the admin's upload client
 * (which resumes on OffsetMismatch), so that list lives there once; the rest are the module's own.
 */
export const EvidenceRefusal = {
  ...UploadRefusal,
  /** The campaign owner's office reviews a participant's evidence; it does not change it. */
  OwnerReadsOnly: 'owner-reads-only',
  OtherDepartment: 'other-department',
  /** Supervisors and experts read evidence only. */
  ReadOnlyRole: 'read-only-role',
  OfficeAdminOnly: 'office-admin-only',
  /** The task's workflow state does not allow changing its evidence. */
  TaskStateLocked: 'task-state-locked',
  /** A stored file's content is missing or damaged (not the caller's fault). */
  ContentMissing: 'content-missing',
} as const;
export type EvidenceRefusal = (typeof EvidenceRefusal)[keyof typeof EvidenceRefusal];

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: EvidenceRefusal): ErrorCode {
  switch (reason) {
    case EvidenceRefusal.OffsetMismatch:
    case EvidenceRefusal.Finished:
    case EvidenceRefusal.Incomplete:
      return ErrorCode.Conflict;
    case EvidenceRefusal.DiskFull:
    case EvidenceRefusal.UploadBusy:
      return ErrorCode.ServiceUnavailable;
    case EvidenceRefusal.UploadNotFound:
      return ErrorCode.NotFound;
    case EvidenceRefusal.NotCreatedHere:
    case EvidenceRefusal.CsrfHeaderMissing:
    case EvidenceRefusal.OwnerReadsOnly:
    case EvidenceRefusal.OtherDepartment:
    case EvidenceRefusal.ReadOnlyRole:
    case EvidenceRefusal.OfficeAdminOnly:
      return ErrorCode.Forbidden;
    case EvidenceRefusal.TaskStateLocked:
      return ErrorCode.TransitionNotAllowed;
    case EvidenceRefusal.StorageFailed:
    case EvidenceRefusal.ContentMissing:
      return ErrorCode.Internal;
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
    case EvidenceRefusal.TusExtensionUnsupported:
    case EvidenceRefusal.TusProtocol:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const evidenceError = refusalFactory(errorCodeOf);
