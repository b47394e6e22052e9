import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a live-update stream was refused: stable, in `extensions.details.reason`. */
export enum LiveUpdatesRefusal {
  /** Too many streams open for this session, or on the server in all. */
  TooManyStreams = 'TOO_MANY_STREAMS',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: LiveUpdatesRefusal): ErrorCode {
  switch (reason) {
    case LiveUpdatesRefusal.TooManyStreams:
      return ErrorCode.TooManyRequests;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const liveUpdatesError = refusalFactory(errorCodeOf);
