import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CampaignWorkflowVocabulary, pinnedWorkflows } from '@accredit/campaigns';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { subjectNotFound } from './workflow.exception';

/** Answers what a campaign's pinned workflow declares (its document kinds). */
@Injectable()
export class CampaignWorkflowVocabularyService extends CampaignWorkflowVocabulary {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
  ) {
    super();
  }

  async documentKinds(campaignId: string): Promise<Record<string, string>> {
    const [pinned] = (await pinnedWorkflows(this.em, [campaignId])).values();
    if (!pinned) throw subjectNotFound('campaign', campaignId);
    return { ...(await this.definitions.definitionById(pinned.campaign)).documents };
  }
}
