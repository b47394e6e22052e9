import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';

/** Why a read or change of the organisation tree or directory was refused: stable, in `extensions.details.reason`. */
export enum OrganisationRefusal {
  BadCode = 'BAD_CODE',
  CodeTaken = 'CODE_TAKEN',
  BadName = 'BAD_NAME',
  LevelNotUnderParent = 'LEVEL_NOT_UNDER_PARENT',
  MoveUnderOwnSubtree = 'MOVE_UNDER_OWN_SUBTREE',
  RootIsFixed = 'ROOT_IS_FIXED',
  ParentDisabled = 'PARENT_DISABLED',
  HasEnabledChildren = 'HAS_ENABLED_CHILDREN',
  NoOrganisation = 'NO_ORGANISATION',
  UnknownKind = 'UNKNOWN_KIND',
  KindInUse = 'KIND_IN_USE',
  KindTaken = 'KIND_TAKEN',
  NameTaken = 'NAME_TAKEN',
  GroupInUse = 'GROUP_IN_USE',
  ForeignMember = 'FOREIGN_MEMBER',
  /** Another organisation's department kind, or the platform's. */
  ForeignKind = 'FOREIGN_KIND',
  /** An organisation outside the actor's own and those below it. */
  OutsideSubtree = 'OUTSIDE_SUBTREE',
  /** No such organisation, or one outside the actor's subtree (the two are not told apart). */
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
  DepartmentNotFound = 'DEPARTMENT_NOT_FOUND',
  GroupNotFound = 'GROUP_NOT_FOUND',
  KindNotFound = 'KIND_NOT_FOUND',
  BadKindKey = 'BAD_KIND_KEY',
  BadLevel = 'BAD_LEVEL',
  DescriptionTooLong = 'DESCRIPTION_TOO_LONG',
  SearchTooLong = 'SEARCH_TOO_LONG',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: OrganisationRefusal): ErrorCode {
  switch (reason) {
    case OrganisationRefusal.CodeTaken:
    case OrganisationRefusal.KindTaken:
    case OrganisationRefusal.NameTaken:
    case OrganisationRefusal.KindInUse:
    case OrganisationRefusal.GroupInUse:
    case OrganisationRefusal.HasEnabledChildren:
      return ErrorCode.Conflict;
    case OrganisationRefusal.NoOrganisation:
    case OrganisationRefusal.RootIsFixed:
    case OrganisationRefusal.ForeignKind:
    case OrganisationRefusal.OutsideSubtree:
      return ErrorCode.Forbidden;
    case OrganisationRefusal.OrganisationNotFound:
    case OrganisationRefusal.DepartmentNotFound:
    case OrganisationRefusal.GroupNotFound:
    case OrganisationRefusal.KindNotFound:
      return ErrorCode.NotFound;
    case OrganisationRefusal.BadCode:
    case OrganisationRefusal.BadName:
    case OrganisationRefusal.LevelNotUnderParent:
    case OrganisationRefusal.MoveUnderOwnSubtree:
    case OrganisationRefusal.ParentDisabled:
    case OrganisationRefusal.UnknownKind:
    case OrganisationRefusal.ForeignMember:
    case OrganisationRefusal.BadKindKey:
    case OrganisationRefusal.BadLevel:
    case OrganisationRefusal.DescriptionTooLong:
    case OrganisationRefusal.SearchTooLong:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const organisationError = refusalFactory(errorCodeOf);

/** A not-found refusal in AppError.notFound's words (`找不到…（id）`), with the id in the details. */
export const organisationNotFound = (reason: OrganisationRefusal, what: string, id: string) => organisationError(reason, notFoundMessage(what, id), { id });
