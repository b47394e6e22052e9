import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/**
 * Why an upload or an evidence request was refused: stable, in `extensions.details.reason` (the
 * admin's upload client reads some of them, e.g. OFFSET_MISMATCH to resume; the values are the
 * wire names clients already know, so they stay lower-case).
 */
export enum EvidenceRefusal {
  TusVersion = 'tus-version',
  LengthRequired = 'length-required',
  Empty = 'empty',
  OffsetMismatch = 'offset-mismatch',
  TooLarge = 'too-large',
  /** More bytes appended to a finished upload. */
  Finished = 'finished',
  /** A finished upload cannot be cancelled (terminated) any more. */
  CannotCancelFinished = 'cannot-cancel-finished',
  Superseded = 'superseded',
  Incomplete = 'incomplete',
  Lost = 'lost',
  InvalidMetadata = 'invalid-metadata',
  TypeNotAllowed = 'type-not-allowed',
  DiskFull = 'disk-full',
  Malformed = 'malformed',
  NotMultipart = 'not-multipart',
  FieldTooLong = 'field-too-long',
  TooManyFiles = 'too-many-files',
  TooManyFields = 'too-many-fields',
  TooManyParts = 'too-many-parts',
  NoFile = 'no-file',
  Aborted = 'aborted',
}

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
