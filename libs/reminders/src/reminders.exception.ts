import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a reminder scan or an urge (催办) was refused: stable, in `extensions.details.reason`. */
export enum RemindersRefusal {
  /** A platform system admin belongs to no organisation, and reminders are scanned per organisation. */
  NoOrganisation = 'NO_ORGANISATION',
  TaskNotFound = 'TASK_NOT_FOUND',
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  DepartmentNotFound = 'DEPARTMENT_NOT_FOUND',
  TaskFinished = 'TASK_FINISHED',
  NothingOpen = 'NOTHING_OPEN',
  /** Urged by someone within the interval; the spelling is the one sent before this enum existed. */
  UrgedRecently = 'urged-recently',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: RemindersRefusal): ErrorCode {
  switch (reason) {
    case RemindersRefusal.TaskNotFound:
    case RemindersRefusal.CampaignNotFound:
    case RemindersRefusal.DepartmentNotFound:
      return ErrorCode.NotFound;
    case RemindersRefusal.UrgedRecently:
      return ErrorCode.TooManyRequests;
    case RemindersRefusal.NoOrganisation:
    case RemindersRefusal.TaskFinished:
    case RemindersRefusal.NothingOpen:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const remindersError = refusalFactory(errorCodeOf);
