import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';

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
  /** An operation the access policy has no rule for: refused until it has one. */
  NoAccessRule = 'no-access-rule',
  /** The access policy lets other roles only. */
  RoleRequired = 'role-required',
  /** An office admin acting on another organisation's users. */
  OtherOrganisation = 'other-organisation',
  /** Only a system admin grants or manages the system admin role. */
  SystemAdminOnly = 'system-admin-only',
  /** A new password outside the policy: 10–128 characters of at least three kinds. */
  WeakPassword = 'weak-password',
  /** Changing one's own password to the one it already is. */
  SamePassword = 'same-password',
  UserNotFound = 'user-not-found',
  OrganisationNotFound = 'organisation-not-found',
  DepartmentNotFound = 'department-not-found',
  /** Managing accounts: what a new or changed account must be. */
  SearchTooLong = 'search-too-long',
  BadUsername = 'bad-username',
  UsernameTaken = 'username-taken',
  NameMissing = 'name-missing',
  BadEmail = 'bad-email',
  /** A new account in an organisation that is switched off. */
  OrganisationInactive = 'organisation-inactive',
  /** Everyone but a system admin belongs to an organisation. */
  OrganisationRequired = 'organisation-required',
  /** A department liaison belongs to a department. */
  DepartmentRequired = 'department-required',
  UnknownRole = 'unknown-role',
  /** An admin cannot switch off their own account or drop their own admin role. */
  CannotDisableSelf = 'cannot-disable-self',
  CannotDropOwnRole = 'cannot-drop-own-role',
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
    case IdentityRefusal.NoAccessRule:
    case IdentityRefusal.RoleRequired:
    case IdentityRefusal.OtherOrganisation:
    case IdentityRefusal.SystemAdminOnly:
      return ErrorCode.Forbidden;
    case IdentityRefusal.UserNotFound:
    case IdentityRefusal.OrganisationNotFound:
    case IdentityRefusal.DepartmentNotFound:
      return ErrorCode.NotFound;
    case IdentityRefusal.WrongCurrentPassword:
    case IdentityRefusal.WeakPassword:
    case IdentityRefusal.SamePassword:
    case IdentityRefusal.SearchTooLong:
    case IdentityRefusal.BadUsername:
    case IdentityRefusal.NameMissing:
    case IdentityRefusal.BadEmail:
    case IdentityRefusal.OrganisationInactive:
    case IdentityRefusal.OrganisationRequired:
    case IdentityRefusal.DepartmentRequired:
    case IdentityRefusal.UnknownRole:
    case IdentityRefusal.CannotDisableSelf:
    case IdentityRefusal.CannotDropOwnRole:
      return ErrorCode.Validation;
    case IdentityRefusal.UsernameTaken:
      return ErrorCode.Conflict;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const identityError = refusalFactory(errorCodeOf);

/** A not-found refusal in AppError.notFound's words (`找不到…（id）`), with the id in the details. */
export const identityNotFound = (reason: IdentityRefusal, what: string, id: string) => identityError(reason, notFoundMessage(what, id), { id });
