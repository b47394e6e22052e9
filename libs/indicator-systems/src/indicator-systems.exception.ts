import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a request about indicator systems and their templates was refused: stable, in `extensions.details.reason`. */
export enum IndicatorSystemsRefusal {
  /** No such template, or one the actor's organisation may not use. */
  TemplateNotFound = 'TEMPLATE_NOT_FOUND',
  TemplateHasProblems = 'TEMPLATE_HAS_PROBLEMS',
  /** The same key and version exist with other content. */
  VersionTaken = 'VERSION_TAKEN',
  /** A rule's scoring names no kind, or says nothing (`verdict: false`): GraphQL's @oneOf cannot refuse that. */
  ScoringKindNotGiven = 'SCORING_KIND_NOT_GIVEN',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: IndicatorSystemsRefusal): ErrorCode {
  switch (reason) {
    case IndicatorSystemsRefusal.TemplateNotFound:
      return ErrorCode.NotFound;
    case IndicatorSystemsRefusal.VersionTaken:
      return ErrorCode.Conflict;
    case IndicatorSystemsRefusal.TemplateHasProblems:
    case IndicatorSystemsRefusal.ScoringKindNotGiven:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const indicatorSystemsError = refusalFactory(errorCodeOf);
