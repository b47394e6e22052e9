/**
 * What the workflow a campaign pinned declares, for checks in this module that must not read
 * workflow definitions themselves (the workflow runtime provides it).
 */
export abstract class CampaignWorkflowVocabulary {
  /** Document kinds the campaign's workflow declares (`documents:`), key → Chinese label. */
  abstract documentKinds(campaignId: string): Promise<Record<string, string>>;
}

export const CAMPAIGN_WORKFLOW_VOCABULARY = Symbol('CAMPAIGN_WORKFLOW_VOCABULARY');
