/**
 * Why an upload was refused: the `extensions.details.reason` of the upload endpoints' errors
 * (multipart and resumable). The API's evidence module refuses with exactly these (its
 * `EvidenceRefusal`), and a client compares against them instead of a literal, e.g. resuming
 * after `OffsetMismatch`. The values are the wire names clients already know, so they stay lower-case.
 */
export const UploadRefusal = {
  TusVersion: 'tus-version',
  LengthRequired: 'length-required',
  Empty: 'empty',
  /** The client's offset is not the one the server holds: ask for it and go on from there. */
  OffsetMismatch: 'offset-mismatch',
  TooLarge: 'too-large',
  /** More bytes appended to a finished upload. */
  Finished: 'finished',
  /** A finished upload cannot be cancelled (terminated) any more. */
  CannotCancelFinished: 'cannot-cancel-finished',
  Superseded: 'superseded',
  Incomplete: 'incomplete',
  Lost: 'lost',
  InvalidMetadata: 'invalid-metadata',
  TypeNotAllowed: 'type-not-allowed',
  DiskFull: 'disk-full',
  Malformed: 'malformed',
  NotMultipart: 'not-multipart',
  FieldTooLong: 'field-too-long',
  TooManyFiles: 'too-many-files',
  TooManyFields: 'too-many-fields',
  TooManyParts: 'too-many-parts',
  NoFile: 'no-file',
  Aborted: 'aborted',
  /** Cancelled, expired or never made here: start a new upload. */
  UploadNotFound: 'upload-not-found',
  /** Another request is writing to the same upload: retry shortly. */
  UploadBusy: 'upload-busy',
  TusExtensionUnsupported: 'tus-extension-unsupported',
  TusProtocol: 'tus-protocol',
  /** A resumable upload must be created through the API's own creation route. */
  NotCreatedHere: 'not-created-here',
  /** A browser upload without the CSRF header. */
  CsrfHeaderMissing: 'csrf-header-missing',
  /** The server failed to store what it received (not the client's fault): resume later. */
  StorageFailed: 'storage-failed',
} as const;

export type UploadRefusal = (typeof UploadRefusal)[keyof typeof UploadRefusal];
