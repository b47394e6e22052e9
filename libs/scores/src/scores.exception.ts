import { AppError, ErrorCode } from '@accredit/api-kit';

/** Why a scores, import or export request was refused: stable, in `extensions.details.reason`. */
export enum ScoresRefusal {
  WrongRoleForSource = 'WRONG_ROLE_FOR_SOURCE',
  SelfScoringClosed = 'SELF_SCORING_CLOSED',
  ExpertScoringClosed = 'EXPERT_SCORING_CLOSED',
  InvalidScoreInput = 'INVALID_SCORE_INPUT',
  CommentRequired = 'COMMENT_REQUIRED',
  RuleNotInCampaign = 'RULE_NOT_IN_CAMPAIGN',
  FileNotBase64 = 'FILE_NOT_BASE64',
  FileTooLarge = 'FILE_TOO_LARGE',
  TableHasProblems = 'TABLE_HAS_PROBLEMS',
  BadUnitMapping = 'BAD_UNIT_MAPPING',
  BadTemplateKey = 'BAD_TEMPLATE_KEY',
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
    case ScoresRefusal.FileNotBase64:
    case ScoresRefusal.FileTooLarge:
    case ScoresRefusal.TableHasProblems:
    case ScoresRefusal.BadUnitMapping:
    case ScoresRefusal.BadTemplateKey:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message) carrying the refusal reason in its details. */
export function scoresError(reason: ScoresRefusal, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(errorCodeOf(reason), message, { reason, ...details });
}
