export * from './campaign.entity';
export * from './campaign-phase.entity';
export * from './campaign-document.entity';
export * from './campaign-participant.entity';
export * from './participant-place';
export * from './campaign-participant.model';
export * from './campaign.model';
export * from './to-campaign-model';
export * from './campaigns.service';
export * from './campaign-list-filter';
export * from './campaigns.module';
export * from './campaign-workflow-vocabulary';
export { CampaignDocumentModel } from './campaign-documents.resolver';

import { CampaignDocument } from './campaign-document.entity';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CampaignParticipant } from './campaign-participant.entity';
export const CAMPAIGN_ENTITIES = [Campaign, CampaignPhase, CampaignDocument, CampaignParticipant];
