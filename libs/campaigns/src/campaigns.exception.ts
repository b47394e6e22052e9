import { ErrorCode, notFoundMessage, refusalFactory } from '@accredit/api-kit';

/** Why a campaign or campaign-document request was refused: stable, in `extensions.details.reason`. */
export enum CampaignsRefusal {
  /** No such campaign, or one the actor may not see (the two are not told apart). */
  CampaignNotFound = 'CAMPAIGN_NOT_FOUND',
  CampaignRequired = 'CAMPAIGN_REQUIRED',
  BadDocumentKind = 'BAD_DOCUMENT_KIND',
  /** A document kind the campaign's workflow does not declare. */
  UndeclaredDocumentKind = 'UNDECLARED_DOCUMENT_KIND',
  TitleRequired = 'TITLE_REQUIRED',
  TitleTooLong = 'TITLE_TOO_LONG',
}

/** The one mapping from a refusal to the API's error code; exhaustive over the refusals. */
export function errorCodeOf(reason: CampaignsRefusal): ErrorCode {
  switch (reason) {
    case CampaignsRefusal.CampaignNotFound:
      return ErrorCode.NotFound;
    case CampaignsRefusal.CampaignRequired:
    case CampaignsRefusal.BadDocumentKind:
    case CampaignsRefusal.UndeclaredDocumentKind:
    case CampaignsRefusal.TitleRequired:
    case CampaignsRefusal.TitleTooLong:
      return ErrorCode.Validation;
  }
}

/** An AppError (stable code + Chinese message saying what to do) carrying the refusal reason in its details. */
export const campaignsError = refusalFactory(errorCodeOf);

export const campaignNotFound = (id: string) => campaignsError(CampaignsRefusal.CampaignNotFound, notFoundMessage('创建工作', id), { id });
