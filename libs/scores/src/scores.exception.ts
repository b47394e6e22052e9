import { ErrorCode, refusalFactory } from '@accredit/api-kit';

/** Why a scores request was refused: stable, in `extensions.details.reason`. */
export enum ScoresRefusal {
  WrongRoleForSource = 'WRONG_ROLE_FOR_SOURCE',
  SelfScoringClosed = 'SELF_SCORING_CLOSED',
  ExpertScoringClosed = 'EXPERT_SCORING_CLOSED',
  InvalidScoreInput = 'INVALID_SCORE_INPUT',
  CommentRequired = 'COMMENT_REQUIRED',
  RuleNotInCampaign = 'RULE_NOT_IN_CAMPAIGN',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: ScoresRefusal): ErrorCode {
  switch (reason) {
    case ScoresRefusal.WrongRoleForSource:
      return ErrorCode.Forbidden;
    case ScoresRefusal.SelfScoringClosed:
    case ScoresRefusal.ExpertScoringClosed:
      return ErrorCode.Conflict;
    case ScoresRefusal.RuleNotInCampaign:
      return ErrorCode.NotFound;
    case ScoresRefusal.InvalidScoreInput:
    case ScoresRefusal.CommentRequired:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const scoresError = refusalFactory(errorCodeOf);
