import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';
import type { PlanProblem } from '@accredit/campaign-planning';

/** Why a set-up, preview, re-plan, new cycle, elective choice, participation, objection or public list request was refused: stable, in `extensions.details.reason`. */
export enum SetupRefusal {
  NoOrganisation = 'NO_ORGANISATION',
  TemplateNotUsable = 'TEMPLATE_NOT_USABLE',
  WorkflowNotUsable = 'WORKFLOW_NOT_USABLE',
  WrongWorkflowType = 'WRONG_WORKFLOW_TYPE',
  BadPlan = 'BAD_PLAN',
  UnitNotInOrganisation = 'UNIT_NOT_IN_ORGANISATION',
  CampaignKeyTaken = 'CAMPAIGN_KEY_TAKEN',
  ReasonRequired = 'REASON_REQUIRED',
  NothingToChange = 'NOTHING_TO_CHANGE',
  ElectiveOutOfRange = 'ELECTIVE_OUT_OF_RANGE',
  NotElective = 'NOT_ELECTIVE',
  OptionHasEvidence = 'OPTION_HAS_EVIDENCE',
  /** Another organisation's template. */
  ForeignTemplate = 'FOREIGN_TEMPLATE',
  /** Applying to join a campaign is for the applicant's office admin. */
  NotOfficeAdmin = 'NOT_OFFICE_ADMIN',
  /** The campaign takes no applications from this level. */
  ApplicationNotAccepted = 'APPLICATION_NOT_ACCEPTED',
  /** The owner runs the campaign itself: there are no participants to invite. */
  NoParticipants = 'NO_PARTICIPANTS',
  InviteeNotBelow = 'INVITEE_NOT_BELOW',
  InviteeDisabled = 'INVITEE_DISABLED',
  AlreadyParticipant = 'ALREADY_PARTICIPANT',
  /** The campaign's indicator template no longer exists. */
  TemplateGone = 'TEMPLATE_GONE',
  /** Only the owner's office admin answers an objection. */
  NotObjectionAnswerer = 'NOT_OBJECTION_ANSWERER',
  /** Objections are raised while the participant is publicly listed, within the listing's dates. */
  NotInPublicity = 'NOT_IN_PUBLICITY',
  PublicityNotStarted = 'PUBLICITY_NOT_STARTED',
  PublicityEnded = 'PUBLICITY_ENDED',
  /** No such campaign, or none the actor may set up, re-plan or see the participants of (not told apart). */
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  ParticipantNotFound = 'PARTICIPANT_NOT_FOUND',
  ObjectionNotFound = 'OBJECTION_NOT_FOUND',
  /** The campaign's workflow publishes no publicity list. */
  PublicityListNotFound = 'PUBLICITY_LIST_NOT_FOUND',
  /** The campaign's workflow publishes no named list. */
  NamedListNotFound = 'NAMED_LIST_NOT_FOUND',
  /** A campaign template file with problems (each in `details.problems`). */
  BadTemplate = 'BAD_TEMPLATE',
  BadInvitationCount = 'BAD_INVITATION_COUNT',
  /** An objection or its answer left empty (`details.field` says which). */
  TextRequired = 'TEXT_REQUIRED',
  TextTooLong = 'TEXT_TOO_LONG',
  AlreadyAnswered = 'ALREADY_ANSWERED',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: SetupRefusal): ErrorCode {
  switch (reason) {
    case SetupRefusal.NoOrganisation:
    case SetupRefusal.ForeignTemplate:
    case SetupRefusal.NotOfficeAdmin:
    case SetupRefusal.NotObjectionAnswerer:
      return ErrorCode.Forbidden;
    case SetupRefusal.NotInPublicity:
    case SetupRefusal.PublicityNotStarted:
    case SetupRefusal.PublicityEnded:
      return ErrorCode.TransitionNotAllowed;
    case SetupRefusal.TemplateNotUsable:
    case SetupRefusal.WorkflowNotUsable:
    case SetupRefusal.CampaignNotFound:
    case SetupRefusal.ParticipantNotFound:
    case SetupRefusal.ObjectionNotFound:
    case SetupRefusal.PublicityListNotFound:
    case SetupRefusal.NamedListNotFound:
      return ErrorCode.NotFound;
    case SetupRefusal.CampaignKeyTaken:
    case SetupRefusal.OptionHasEvidence:
    case SetupRefusal.AlreadyParticipant:
    case SetupRefusal.AlreadyAnswered:
      return ErrorCode.Conflict;
    case SetupRefusal.WrongWorkflowType:
    case SetupRefusal.BadPlan:
    case SetupRefusal.UnitNotInOrganisation:
    case SetupRefusal.ReasonRequired:
    case SetupRefusal.NothingToChange:
    case SetupRefusal.ElectiveOutOfRange:
    case SetupRefusal.NotElective:
    case SetupRefusal.ApplicationNotAccepted:
    case SetupRefusal.NoParticipants:
    case SetupRefusal.InviteeNotBelow:
    case SetupRefusal.InviteeDisabled:
    case SetupRefusal.TemplateGone:
    case SetupRefusal.BadTemplate:
    case SetupRefusal.BadInvitationCount:
    case SetupRefusal.TextRequired:
    case SetupRefusal.TextTooLong:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const setupError = refusalFactory(errorCodeOf);

/** A not-found refusal in AppError.notFound's words (`找不到…（id）`), with the id in the details. */
export const setupNotFound = (reason: SetupRefusal, what: string, id: string) => setupError(reason, notFoundMessage(what, id), { id });

/** Refuses a plan with problems: every problem in the message, the list in the details. */
export function assertPlan(problems: readonly PlanProblem[]): void {
  if (problems.length === 0) return;
  throw setupError(SetupRefusal.BadPlan, `计划有 ${problems.length} 处问题，请改正后重试：\n${problems.map((problem) => problem.message).join('\n')}`, { problems });
}
