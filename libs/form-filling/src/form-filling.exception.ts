import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';

/** Why a form request (campaign forms, filling, signing, selection, files, definitions) was refused: stable, in `extensions.details.reason`. */
export enum FormFillingRefusal {
  /** No such campaign, or one the actor has no part in (the two are not told apart). */
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  /** A form the campaign does not ask for. */
  AskedFormNotFound = 'ASKED_FORM_NOT_FOUND',
  FormNotFound = 'FORM_NOT_FOUND',
  FileNotFound = 'FILE_NOT_FOUND',
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
  TaskNotFound = 'TASK_NOT_FOUND',
  /** Form definitions that do not exist or the organisation may not use. */
  DefinitionNotUsable = 'DEFINITION_NOT_USABLE',
  /** Only the owner's office admin sets the forms a campaign asks for. */
  NotFormsAdmin = 'NOT_FORMS_ADMIN',
  /** Uploading a definition needs an organisation, or the platform's system admin. */
  NoOrganisation = 'NO_ORGANISATION',
  OtherDepartment = 'OTHER_DEPARTMENT',
  /** The actor holds no role that fills this form. */
  NotFiller = 'NOT_FILLER',
  /** The actor holds no role that signs this box. */
  NotSigner = 'NOT_SIGNER',
  /** Only a reviewer who may sign now returns a form. */
  NotReviewer = 'NOT_REVIEWER',
  /** Only those who fill or sign the organisation's forms upload or delete their files. */
  NotFormWriter = 'NOT_FORM_WRITER',
  /** Only the office admin of the selecting region selects. */
  NotSelector = 'NOT_SELECTOR',
  /** Submitted: neither its filler's fields nor the filler's sign-off change any more. */
  SubmittedLocked = 'SUBMITTED_LOCKED',
  /** A reviewer's box waits until the form is submitted. */
  AwaitsSubmission = 'AWAITS_SUBMISSION',
  /** The participant's workflow is not in a step where this form or box is written. */
  WrongStep = 'WRONG_STEP',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  NotSubmitted = 'NOT_SUBMITTED',
  AlreadySigned = 'ALREADY_SIGNED',
  /** Someone else saved the form since it was read. */
  StaleVersion = 'STALE_VERSION',
  /** The file is still named in a form. */
  FileInUse = 'FILE_IN_USE',
  SelectionFull = 'SELECTION_FULL',
  VersionTaken = 'VERSION_TAKEN',
  VersionTooLow = 'VERSION_TOO_LOW',
  InvalidDefinition = 'INVALID_DEFINITION',
  UnknownWorkflow = 'UNKNOWN_WORKFLOW',
  FormHasProblems = 'FORM_HAS_PROBLEMS',
  NoSuchSignOff = 'NO_SUCH_SIGN_OFF',
  TooManyForms = 'TOO_MANY_FORMS',
  FormTwice = 'FORM_TWICE',
  UnknownForm = 'UNKNOWN_FORM',
  BadSelectionCap = 'BAD_SELECTION_CAP',
  NotSelectable = 'NOT_SELECTABLE',
  /** The organisation lies under no unit of the level the selection is counted at. */
  NoSelectionGroup = 'NO_SELECTION_GROUP',
  OrganisationRequired = 'ORGANISATION_REQUIRED',
  /** A multipart field the file needs came after it, or not at all; the spelling is the one sent before this enum existed. */
  MissingField = 'missing-field',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: FormFillingRefusal): ErrorCode {
  switch (reason) {
    case FormFillingRefusal.CampaignNotFound:
    case FormFillingRefusal.AskedFormNotFound:
    case FormFillingRefusal.FormNotFound:
    case FormFillingRefusal.FileNotFound:
    case FormFillingRefusal.OrganisationNotFound:
    case FormFillingRefusal.TaskNotFound:
    case FormFillingRefusal.DefinitionNotUsable:
      return ErrorCode.NotFound;
    case FormFillingRefusal.NotFormsAdmin:
    case FormFillingRefusal.NoOrganisation:
    case FormFillingRefusal.OtherDepartment:
    case FormFillingRefusal.NotFiller:
    case FormFillingRefusal.NotSigner:
    case FormFillingRefusal.NotReviewer:
    case FormFillingRefusal.NotFormWriter:
    case FormFillingRefusal.NotSelector:
    case FormFillingRefusal.SubmittedLocked:
    case FormFillingRefusal.AwaitsSubmission:
    case FormFillingRefusal.WrongStep:
      return ErrorCode.Forbidden;
    case FormFillingRefusal.AlreadySubmitted:
    case FormFillingRefusal.NotSubmitted:
    case FormFillingRefusal.AlreadySigned:
    case FormFillingRefusal.StaleVersion:
    case FormFillingRefusal.FileInUse:
    case FormFillingRefusal.SelectionFull:
    case FormFillingRefusal.VersionTaken:
      return ErrorCode.Conflict;
    case FormFillingRefusal.VersionTooLow:
    case FormFillingRefusal.InvalidDefinition:
    case FormFillingRefusal.UnknownWorkflow:
    case FormFillingRefusal.FormHasProblems:
    case FormFillingRefusal.NoSuchSignOff:
    case FormFillingRefusal.TooManyForms:
    case FormFillingRefusal.FormTwice:
    case FormFillingRefusal.UnknownForm:
    case FormFillingRefusal.BadSelectionCap:
    case FormFillingRefusal.NotSelectable:
    case FormFillingRefusal.NoSelectionGroup:
    case FormFillingRefusal.OrganisationRequired:
    case FormFillingRefusal.MissingField:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const formFillingError = refusalFactory(errorCodeOf);

/** A refusal for an id that names nothing the actor may see, worded as every NOT_FOUND is. */
export const formFillingNotFound = (reason: FormFillingRefusal, what: string, id: string) => formFillingError(reason, notFoundMessage(what, id), { id });
