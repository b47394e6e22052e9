import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why an indicator-table import was refused: stable, in `extensions.details.reason`. */
export enum ImportRefusal {
  FileNotBase64 = 'FILE_NOT_BASE64',
  FileTooLarge = 'FILE_TOO_LARGE',
  TableHasProblems = 'TABLE_HAS_PROBLEMS',
  BadUnitMapping = 'BAD_UNIT_MAPPING',
  BadTemplateKey = 'BAD_TEMPLATE_KEY',
  /** Importing needs an organisation's office admin. */
  NoOrganisation = 'NO_ORGANISATION',
  /** The file route takes the file's bytes as application/octet-stream. */
  WrongContentType = 'WRONG_CONTENT_TYPE',
  FileNameRequired = 'FILE_NAME_REQUIRED',
  FileNameTooLong = 'FILE_NAME_TOO_LONG',
  BadVersion = 'BAD_VERSION',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: ImportRefusal): ErrorCode {
  switch (reason) {
    case ImportRefusal.NoOrganisation:
      return ErrorCode.Forbidden;
    case ImportRefusal.FileNotBase64:
    case ImportRefusal.FileTooLarge:
    case ImportRefusal.TableHasProblems:
    case ImportRefusal.BadUnitMapping:
    case ImportRefusal.BadTemplateKey:
    case ImportRefusal.WrongContentType:
    case ImportRefusal.FileNameRequired:
    case ImportRefusal.FileNameTooLong:
    case ImportRefusal.BadVersion:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const importError = refusalFactory(errorCodeOf);
