import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a notifications request was refused: stable, in `extensions.details.reason`. */
export enum NotificationsRefusal {
  TooManyIds = 'TOO_MANY_IDS',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: NotificationsRefusal): ErrorCode {
  switch (reason) {
    case NotificationsRefusal.TooManyIds:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const notificationsError = refusalFactory(errorCodeOf);
