import type { CampaignPhase } from './campaign-phase.entity';
import type { Campaign } from './campaign.entity';
import { isOrganisationLevel } from '@accredit/organisations';
import { CampaignModel, CampaignPhaseModel } from './campaign.model';

export function toCampaignModel(campaign: Campaign): CampaignModel {
  return Object.assign(new CampaignModel(), {
    id: campaign.id,
    name: campaign.name,
    state: campaign.state,
    taskPhaseKey: campaign.taskPhaseKey,
    version: campaign.version,
    parentCampaignId: campaign.parentCampaign?.id ?? null,
    hasParticipants: !!campaign.participantWorkflowDefinitionId,
    // Stored as text; only a known level reaches the enum (the designer writes nothing else).
    applicantLevel: campaign.applicantLevel && isOrganisationLevel(campaign.applicantLevel) ? campaign.applicantLevel : null,
    participantWorkflowDefinitionId: campaign.participantWorkflowDefinitionId ?? null,
    officeDepartmentId: campaign.officeDepartment?.id ?? null,
    organisationId: campaign.organisation.id,
    indicatorSystemId: campaign.indicatorSystem.id,
    workflowDefinitionId: campaign.workflowDefinitionId,
    taskWorkflowDefinitionId: campaign.taskWorkflowDefinitionId,
  });
}

/** Phases arrive flat in order; steps hang under their parent phase. */
export function toPhaseTree(phases: CampaignPhase[]): CampaignPhaseModel[] {
  const models = new Map<string, CampaignPhaseModel>();
  const roots: CampaignPhaseModel[] = [];
  for (const phase of phases) {
    const model = Object.assign(new CampaignPhaseModel(), {
      key: phase.key,
      name: phase.name,
      startsOn: phase.startsOn ?? null,
      endsOn: phase.endsOn ?? null,
      description: phase.description ?? null,
      steps: [],
    });
    models.set(phase.id, model);
    const parent = phase.parent ? models.get(phase.parent.id) : undefined;
    if (parent) parent.steps.push(model);
    else roots.push(model);
  }
  return roots;
}
