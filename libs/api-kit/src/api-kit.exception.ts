import { ErrorCode } from './error-code';
import { refusalFactory } from './refusal-factory';

/**
 * Why the shared request plumbing (login, scalars, ids, paging, limits, cancellation) refused a
 * request: stable, in `extensions.details.reason`. `client-closed` and `nul-character` were sent
 * in that spelling before this enum existed, so they keep it.
 */
export enum ApiKitRefusal {
  NotLoggedIn = 'NOT_LOGGED_IN',
  /** A department liaison whose account has no department yet. */
  NoDepartment = 'NO_DEPARTMENT',
  BadDate = 'BAD_DATE',
  BadDateTime = 'BAD_DATE_TIME',
  /** JSON given inline in the query text instead of as a variable. */
  JsonLiteral = 'JSON_LITERAL',
  BadId = 'BAD_ID',
  BadPageSize = 'BAD_PAGE_SIZE',
  BadCursor = 'BAD_CURSOR',
  NulCharacter = 'nul-character',
  /** Depth, aliases, directives, tokens or estimated cost over the limit (`details.rule` says which). */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TimedOut = 'TIMED_OUT',
  ClientClosed = 'client-closed',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: ApiKitRefusal): ErrorCode {
  switch (reason) {
    case ApiKitRefusal.NotLoggedIn:
      return ErrorCode.Unauthenticated;
    case ApiKitRefusal.NoDepartment:
      return ErrorCode.Forbidden;
    case ApiKitRefusal.QueryTooComplex:
      return ErrorCode.QueryTooComplex;
    case ApiKitRefusal.TimedOut:
    case ApiKitRefusal.ClientClosed:
      return ErrorCode.Timeout;
    case ApiKitRefusal.BadDate:
    case ApiKitRefusal.BadDateTime:
    case ApiKitRefusal.JsonLiteral:
    case ApiKitRefusal.BadId:
    case ApiKitRefusal.BadPageSize:
    case ApiKitRefusal.BadCursor:
    case ApiKitRefusal.NulCharacter:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const apiKitError = refusalFactory(errorCodeOf);

/** The refusal of every route and resolver that needs a logged-in user. */
export const notLoggedIn = () => apiKitError(ApiKitRefusal.NotLoggedIn, '请先登录');
