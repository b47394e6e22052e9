export * from './campaign-setup.service';
export * from './campaign-setup.module';
export * from './campaign-templates';
export * from './campaign-designer.service';
export * from './campaign-setup.exception';
export * from './campaign-replan.service';
export * from './campaign-cycle.service';
export * from './campaign-electives.service';
export * from './elective-group-of';
export * from './campaign-plan-change.entity';
export * from './participant-objection.entity';
export { ParticipantObjectionFacts } from './participant-objections.service';

import { CampaignPlanChange } from './campaign-plan-change.entity';
import { ParticipantObjection } from './participant-objection.entity';
export const CAMPAIGN_SETUP_ENTITIES = [CampaignPlanChange, ParticipantObjection];
export * from './campaign-elective-facts';
