import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { CAMPAIGN_ROWS, Campaign, setCampaignState } from '@accredit/campaigns';
import { EVIDENCE_REQUIREMENT_ROWS, INDICATOR_ROWS } from '@accredit/indicator-systems';
import { TASK_ROWS, setOpenTasksDueOn } from '@accredit/tasks';
import { type Facts, type WorkflowDefinition, stateLabels } from '@accredit/workflow-engine';
import { ELECTIVE_FACTS, EVIDENCE_FACTS, ElectiveFactsSource, EvidenceFactsSource } from './runtime-ports';
import { readElectives, usesElectives } from './elective-facts';
import { phaseFacts } from './phase-facts';
import { campaignCountFacts } from './count-facts';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { subjectNotFound } from './workflow.exception';

@Injectable()
export class CampaignSubjectAdapter implements SubjectAdapter {
  readonly entityType = 'campaign' as const;

  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    @Inject(EVIDENCE_FACTS) private readonly evidence: EvidenceFactsSource,
    @Inject(ELECTIVE_FACTS) private readonly electives: ElectiveFactsSource | null,
  ) {}

  async load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject> {
    // A campaign role reaches its campaign wherever it is; nothing else outside its organisation.
    const organisation = hasCampaignGrant(actor, assertId(id)) ? null : organisationScope(actor);
    if (isCampaignRoleOnly(actor) && organisation !== null) throw subjectNotFound('campaign', id);
    const campaign = await em.findOne(Campaign, organisation ? { id, organisation } : { id }, { refresh: true });
    if (!campaign) throw subjectNotFound('campaign', id);
    return {
      entityType: 'campaign',
      id: campaign.id,
      state: campaign.state,
      version: campaign.version,
      definitionKey: campaign.workflowKey,
      definitionVersion: campaign.workflowVersion,
      definitionId: campaign.workflowDefinitionId,
      organisationId: campaign.organisation.id,
      campaignId: campaign.id,
      ownerDepartmentId: null,
      title: campaign.name,
    };
  }

  async facts(em: EntityManager, subject: WorkflowSubject): Promise<Facts> {
    const [taskIds, requirements, campaign] = await Promise.all([
      em.execute<{ id: string }[]>(`select id from ${TASK_ROWS} t where campaign_id = ?`, [subject.id]),
      em.execute<{ code: string }[]>(
        `select r.code from ${EVIDENCE_REQUIREMENT_ROWS} r join ${INDICATOR_ROWS} i on i.id = r.indicator_id join ${CAMPAIGN_ROWS} c on c.indicator_system_id = i.system_id where c.id = ? order by r.code`,
        [subject.id],
      ),
      em.findOneOrFail(Campaign, { id: subject.id }),
    ]);
    const taskDefinition = await this.definitions.definitionById(campaign.taskWorkflowDefinitionId);
    const evidence = await this.evidence.requirementCodesWithEvidence(
      taskIds.map((row) => row.id),
      em,
    );
    const codes = [...new Set([...evidence.values()].flat())];
    const counted = await campaignCountFacts(em, subject.id, stateLabels(taskDefinition));
    // Participants' states by their workflow's names, for messages of counts over them.
    const participantLabels = campaign.participantWorkflowDefinitionId ? stateLabels(await this.definitions.definitionById(campaign.participantWorkflowDefinitionId)) : {};
    const electives = usesElectives(await this.definitions.definitionById(subject.definitionId)) ? (await readElectives(this.electives, em, [subject.id])).get(subject.id) : undefined;
    return {
      ...(electives ? { electives } : {}),
      ...counted,
      countLabels: { ...counted.countLabels, participants: participantLabels },
      phases: await phaseFacts(em, subject.id),
      evidence: { requirementCodes: codes, count: codes.length },
      requirements: requirements.map((row) => row.code),
    };
  }

  /** Compare-and-set by the campaigns module, in the transition's transaction (`em`). */
  setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean> {
    return setCampaignState(em, subject, to);
  }

  async setDueDate(em: EntityManager, subject: WorkflowSubject, dueOn: string, taskDefinition: WorkflowDefinition | null): Promise<void> {
    const finals = taskDefinition
      ? Object.entries(taskDefinition.states)
          .filter(([, state]) => state.final)
          .map(([path]) => path)
      : [];
    await setOpenTasksDueOn(em, subject.id, dueOn, finals);
  }
}
