import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a login or an account request was refused: stable, in `extensions.details.reason`. */
export enum IdentityRefusal {
  /** Unknown user or wrong password: one answer for both, so usernames cannot be probed. */
  BadCredentials = 'bad-credentials',
  AccountDisabled = 'disabled',
  OrganisationDisabled = 'organisation-disabled',
  /** Too many failed logins for this account or address: wait before the next try. */
  LoginDelay = 'login-delay',
  /** Too many login requests from one address, failed or not. */
  RateLimit = 'rate-limit',
  /** Changing one's own password: the current one given is wrong. */
  WrongCurrentPassword = 'wrong-current-password',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: IdentityRefusal): ErrorCode {
  switch (reason) {
    case IdentityRefusal.BadCredentials:
    case IdentityRefusal.AccountDisabled:
    case IdentityRefusal.OrganisationDisabled:
      return ErrorCode.Unauthenticated;
    case IdentityRefusal.LoginDelay:
    case IdentityRefusal.RateLimit:
      return ErrorCode.TooManyRequests;
    case IdentityRefusal.WrongCurrentPassword:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const identityError = refusalFactory(errorCodeOf);
