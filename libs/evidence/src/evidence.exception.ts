import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';
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
  /** No such task, or one the actor may not see (the two are not told apart). */
  TaskNotFound: 'task-not-found',
  EvidenceNotFound: 'evidence-not-found',
  VersionNotFound: 'version-not-found',
  /** The file named to replace evidence with is not one uploaded for the evidence's task. */
  FileNotFound: 'file-not-found',
  DocumentNotFound: 'document-not-found',
  /** A campaign document that has no file (yet). */
  DocumentFileNotFound: 'document-file-not-found',
  /** A form field an upload needs is missing (`details.field` says which). */
  FieldRequired: 'field-required',
  BadKind: 'bad-kind',
  /** A requirement code that is not one of the task's indicator's. */
  BadRequirementCode: 'bad-requirement-code',
  BadRefersTo: 'bad-refers-to',
  DescriptionTooLong: 'description-too-long',
  BadVersion: 'bad-version',
  /** Deleted evidence is restored before it is replaced or deleted again. */
  EvidenceDeleted: 'evidence-deleted',
  /** Only deleted evidence is restored. */
  NotDeleted: 'not-deleted',
  /** A file already a version of some evidence: each version has its own upload. */
  FileInUse: 'file-in-use',
  /** Two replacements at once: the other one took the version number. */
  ReplacedMeanwhile: 'replaced-meanwhile',
  /** The evidence changed since the client read it (`details.revision` is the current one). */
  StaleRevision: 'stale-revision',
} as const;
export type EvidenceRefusal = (typeof EvidenceRefusal)[keyof typeof EvidenceRefusal];

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: EvidenceRefusal): ErrorCode {
  switch (reason) {
    case EvidenceRefusal.OffsetMismatch:
    case EvidenceRefusal.Finished:
    case EvidenceRefusal.Incomplete:
    case EvidenceRefusal.FileInUse:
    case EvidenceRefusal.ReplacedMeanwhile:
    case EvidenceRefusal.StaleRevision:
      return ErrorCode.Conflict;
    case EvidenceRefusal.DiskFull:
    case EvidenceRefusal.UploadBusy:
      return ErrorCode.ServiceUnavailable;
    case EvidenceRefusal.UploadNotFound:
    case EvidenceRefusal.TaskNotFound:
    case EvidenceRefusal.EvidenceNotFound:
    case EvidenceRefusal.VersionNotFound:
    case EvidenceRefusal.FileNotFound:
    case EvidenceRefusal.DocumentNotFound:
    case EvidenceRefusal.DocumentFileNotFound:
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
    case EvidenceRefusal.FieldRequired:
    case EvidenceRefusal.BadKind:
    case EvidenceRefusal.BadRequirementCode:
    case EvidenceRefusal.BadRefersTo:
    case EvidenceRefusal.DescriptionTooLong:
    case EvidenceRefusal.BadVersion:
    case EvidenceRefusal.EvidenceDeleted:
    case EvidenceRefusal.NotDeleted:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const evidenceError = refusalFactory(errorCodeOf);

/** A not-found refusal in AppError.notFound's words (`找不到…（id）`), with the id in the details. */
export const evidenceNotFound = (reason: EvidenceRefusal, what: string, id: string) => evidenceError(reason, notFoundMessage(what, id), { id });
