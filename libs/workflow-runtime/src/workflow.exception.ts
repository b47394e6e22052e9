import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';
import type { SubjectType } from './workflow-subject';

/** Why a transition, a batch, a campaign-role assignment or a workflow upload was refused: stable, in `extensions.details.reason`. */
export enum WorkflowRefusal {
  /** No such campaign, participant or task, or one the actor may not see (the two are not told apart). */
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  ParticipantNotFound = 'PARTICIPANT_NOT_FOUND',
  TaskNotFound = 'TASK_NOT_FOUND',
  UserNotFound = 'USER_NOT_FOUND',
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
  DefinitionNotFound = 'DEFINITION_NOT_FOUND',
  UnknownSubjectType = 'UNKNOWN_SUBJECT_TYPE',
  BadExpectedVersion = 'BAD_EXPECTED_VERSION',
  /** Someone else moved the subject on since it was read. */
  StaleVersion = 'STALE_VERSION',
  /** The workflow does not let the actor's roles take this step. */
  EventForbidden = 'EVENT_FORBIDDEN',
  /** The step is not open in this state, or a guard refused it (`details.reasons` says why). */
  EventNotAllowed = 'EVENT_NOT_ALLOWED',
  BatchEmpty = 'BATCH_EMPTY',
  BatchTooLarge = 'BATCH_TOO_LARGE',
  BatchDuplicate = 'BATCH_DUPLICATE',
  UndeclaredRole = 'UNDECLARED_ROLE',
  UserDisabled = 'USER_DISABLED',
  /** The owner's own entry in a campaign it runs itself has no participant workflow. */
  NoParticipantWorkflow = 'NO_PARTICIPANT_WORKFLOW',
  /** Uploading a definition needs an organisation, or the platform's system admin. */
  NoOrganisation = 'NO_ORGANISATION',
  InvalidDefinition = 'INVALID_DEFINITION',
  VersionTaken = 'VERSION_TAKEN',
  VersionTooLow = 'VERSION_TOO_LOW',
  /** actorIs guards and setOutcome effects in a workflow that does not drive participants. */
  ParticipantOnlySteps = 'PARTICIPANT_ONLY_STEPS',
  /** A batch workflow whose counted states do not match its family's. */
  FamilyMismatch = 'FAMILY_MISMATCH',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: WorkflowRefusal): ErrorCode {
  switch (reason) {
    case WorkflowRefusal.CampaignNotFound:
    case WorkflowRefusal.ParticipantNotFound:
    case WorkflowRefusal.TaskNotFound:
    case WorkflowRefusal.UserNotFound:
    case WorkflowRefusal.OrganisationNotFound:
    case WorkflowRefusal.DefinitionNotFound:
      return ErrorCode.NotFound;
    case WorkflowRefusal.EventForbidden:
    case WorkflowRefusal.NoOrganisation:
      return ErrorCode.Forbidden;
    case WorkflowRefusal.EventNotAllowed:
      return ErrorCode.TransitionNotAllowed;
    case WorkflowRefusal.StaleVersion:
    case WorkflowRefusal.VersionTaken:
      return ErrorCode.Conflict;
    case WorkflowRefusal.UnknownSubjectType:
    case WorkflowRefusal.BadExpectedVersion:
    case WorkflowRefusal.BatchEmpty:
    case WorkflowRefusal.BatchTooLarge:
    case WorkflowRefusal.BatchDuplicate:
    case WorkflowRefusal.UndeclaredRole:
    case WorkflowRefusal.UserDisabled:
    case WorkflowRefusal.NoParticipantWorkflow:
    case WorkflowRefusal.InvalidDefinition:
    case WorkflowRefusal.VersionTooLow:
    case WorkflowRefusal.ParticipantOnlySteps:
    case WorkflowRefusal.FamilyMismatch:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const workflowError = refusalFactory(errorCodeOf);

const SUBJECT_NOT_FOUND: { [T in SubjectType]: { reason: WorkflowRefusal; name: string } } = {
  campaign: { reason: WorkflowRefusal.CampaignNotFound, name: '创建工作' },
  participant: { reason: WorkflowRefusal.ParticipantNotFound, name: '参与单位' },
  task: { reason: WorkflowRefusal.TaskNotFound, name: '任务' },
};

/** A campaign, participant or task the actor may not see, whichever way it was reached. */
export function subjectNotFound(entityType: SubjectType, id: string) {
  const { reason, name } = SUBJECT_NOT_FOUND[entityType];
  return workflowError(reason, notFoundMessage(name, id), { id });
}

export const definitionNotFound = (what: string) => workflowError(WorkflowRefusal.DefinitionNotFound, notFoundMessage('流程定义', what), { id: what });
