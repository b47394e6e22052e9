/** Stable codes clients can switch on; they travel in `extensions.code`. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Validation = 'VALIDATION',
  Conflict = 'CONFLICT',
  TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** The query asks for too much (depth, aliases, tokens, estimated cost): refused before it runs. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** The request ran past its time or its client went away; its work was stopped. */
  Timeout = 'TIMEOUT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Internal = 'INTERNAL',
}
