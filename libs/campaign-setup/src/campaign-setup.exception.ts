import { ErrorCode, refusalFactory } from '@accredit/api-kit';
import type { PlanProblem } from '@accredit/campaign-planning';

/** Why a set-up, preview, re-plan, new cycle or elective choice was refused: stable, in `extensions.details.reason`. */
export enum SetupRefusal {
  NoOrganisation = 'NO_ORGANISATION',
  TemplateNotUsable = 'TEMPLATE_NOT_USABLE',
  WorkflowNotUsable = 'WORKFLOW_NOT_USABLE',
  WrongWorkflowType = 'WRONG_WORKFLOW_TYPE',
  BadPlan = 'BAD_PLAN',
  UnitNotInOrganisation = 'UNIT_NOT_IN_ORGANISATION',
  CampaignKeyTaken = 'CAMPAIGN_KEY_TAKEN',
  ReasonRequired = 'REASON_REQUIRED',
  NothingToChange = 'NOTHING_TO_CHANGE',
  ElectiveOutOfRange = 'ELECTIVE_OUT_OF_RANGE',
  NotElective = 'NOT_ELECTIVE',
  OptionHasEvidence = 'OPTION_HAS_EVIDENCE',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: SetupRefusal): ErrorCode {
  switch (reason) {
    case SetupRefusal.NoOrganisation:
      return ErrorCode.Forbidden;
    case SetupRefusal.TemplateNotUsable:
    case SetupRefusal.WorkflowNotUsable:
      return ErrorCode.NotFound;
    case SetupRefusal.CampaignKeyTaken:
    case SetupRefusal.OptionHasEvidence:
      return ErrorCode.Conflict;
    case SetupRefusal.WrongWorkflowType:
    case SetupRefusal.BadPlan:
    case SetupRefusal.UnitNotInOrganisation:
    case SetupRefusal.ReasonRequired:
    case SetupRefusal.NothingToChange:
    case SetupRefusal.ElectiveOutOfRange:
    case SetupRefusal.NotElective:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const setupError = refusalFactory(errorCodeOf);

/** Refuses a plan with problems: every problem in the message, the list in the details. */
export function assertPlan(problems: readonly PlanProblem[]): void {
  if (problems.length === 0) return;
  throw setupError(SetupRefusal.BadPlan, `计划有 ${problems.length} 处问题，请改正后重试：\n${problems.map((problem) => problem.message).join('\n')}`, { problems });
}
