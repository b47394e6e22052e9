import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';

/** Why a scores request was refused: stable, in `extensions.details.reason`. */
export enum ScoresRefusal {
  WrongRoleForSource = 'WRONG_ROLE_FOR_SOURCE',
  SelfScoringClosed = 'SELF_SCORING_CLOSED',
  ExpertScoringClosed = 'EXPERT_SCORING_CLOSED',
  InvalidScoreInput = 'INVALID_SCORE_INPUT',
  CommentRequired = 'COMMENT_REQUIRED',
  RuleNotInCampaign = 'RULE_NOT_IN_CAMPAIGN',
  /** No such campaign, or one the actor may not see. */
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  BadSource = 'BAD_SOURCE',
  /** Someone else scored the rule first. */
  ScoredMeanwhile = 'SCORED_MEANWHILE',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: ScoresRefusal): ErrorCode {
  switch (reason) {
    case ScoresRefusal.WrongRoleForSource:
      return ErrorCode.Forbidden;
    case ScoresRefusal.SelfScoringClosed:
    case ScoresRefusal.ExpertScoringClosed:
    case ScoresRefusal.ScoredMeanwhile:
      return ErrorCode.Conflict;
    case ScoresRefusal.RuleNotInCampaign:
    case ScoresRefusal.CampaignNotFound:
      return ErrorCode.NotFound;
    case ScoresRefusal.BadSource:
    case ScoresRefusal.InvalidScoreInput:
    case ScoresRefusal.CommentRequired:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const scoresError = refusalFactory(errorCodeOf);

export const campaignNotFound = (id: string) => scoresError(ScoresRefusal.CampaignNotFound, notFoundMessage('创建工作', id), { id });
