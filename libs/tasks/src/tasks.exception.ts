import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a task list or a task change was refused: stable, in `extensions.details.reason`. */
export enum TasksRefusal {
  /** A liaison asked for another department's tasks. */
  OtherDepartment = 'OTHER_DEPARTMENT',
  TooManyStates = 'TOO_MANY_STATES',
  SearchTooLong = 'SEARCH_TOO_LONG',
  BadDueDate = 'BAD_DUE_DATE',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: TasksRefusal): ErrorCode {
  switch (reason) {
    case TasksRefusal.OtherDepartment:
      return ErrorCode.Forbidden;
    case TasksRefusal.TooManyStates:
    case TasksRefusal.SearchTooLong:
    case TasksRefusal.BadDueDate:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const tasksError = refusalFactory(errorCodeOf);
