import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, departmentScope, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { Task } from '@accredit/tasks';
import { type Facts, stateLabels } from '@accredit/workflow-engine';
import { EVIDENCE_FACTS, EvidenceFactsSource } from './runtime-ports';
import { phaseFacts } from './phase-facts';
import { campaignCountFacts } from './count-facts';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';

@Injectable()
export class TaskSubjectAdapter implements SubjectAdapter {
  readonly entityType = 'task' as const;

  constructor(
    @Inject(EVIDENCE_FACTS) private readonly evidence: EvidenceFactsSource,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  async load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject> {
    const task = await em.findOne(Task, { id: assertId(id) }, { populate: ['campaign', 'scoringRule', 'department'], refresh: true });
    const granted = task ? hasCampaignGrant(actor, task.campaign.id) : false;
    const organisation = granted ? null : organisationScope(actor);
    const department = departmentScope(actor);
    // Another district's or (for a liaison) another department's task does not exist for them; for
    // an account with campaign roles only, neither does any task outside its campaigns.
    if (!task || (isCampaignRoleOnly(actor) && !granted) || (organisation && task.campaign.getEntity().organisation.id !== organisation) || (department && task.department.id !== department)) {
      throw AppError.notFound('任务', id);
    }
    const campaign = task.campaign.getEntity();
    return {
      entityType: 'task',
      id: task.id,
      state: task.state,
      version: task.version,
      definitionKey: campaign.taskWorkflowKey,
      definitionVersion: campaign.taskWorkflowVersion,
      definitionId: campaign.taskWorkflowDefinitionId,
      organisationId: campaign.organisation.id,
      campaignId: campaign.id,
      ownerDepartmentId: task.department.id,
      title: `${task.department.getEntity().name}：${task.scoringRule.getEntity().code} ${task.scoringRule.getEntity().text}`,
    };
  }

  async facts(em: EntityManager, subject: WorkflowSubject): Promise<Facts> {
    const requirements = await em.execute<{ code: string }[]>(
      `select r.code from evidence_requirement r join scoring_rule s on s.indicator_id = r.indicator_id join task t on t.scoring_rule_id = s.id where t.id = ? order by r.sort_order`,
      [subject.id],
    );
    const evidence = (await this.evidence.requirementCodesWithEvidence([subject.id], em)).get(subject.id) ?? [];
    const campaignFacts = await campaignCountFacts(em, subject.campaignId, stateLabels(await this.definitions.definitionById(subject.definitionId)));
    return {
      // Counts and documents of the task's campaign: a quota among sibling tasks, a campaign document.
      counts: campaignFacts.counts,
      countLabels: campaignFacts.countLabels,
      documents: campaignFacts.documents,
      documentFiles: campaignFacts.documentFiles,
      organisationCounts: campaignFacts.organisationCounts,
      ownerDepartmentId: subject.ownerDepartmentId ?? undefined,
      requirements: requirements.map((row) => row.code),
      evidence: { requirementCodes: evidence, count: evidence.length },
      phases: await phaseFacts(em, subject.campaignId),
    };
  }

  async setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean> {
    const changed = await em.execute(`update task set state = ?, version = version + 1, updated_at = now() where id = ? and version = ?`, [to, subject.id, subject.version], 'run');
    return (changed as { affectedRows?: number }).affectedRows === 1;
  }

  async setDueDate(em: EntityManager, subject: WorkflowSubject, dueOn: string): Promise<void> {
    await em.execute(`update task set due_on = ?, updated_at = now() where id = ?`, [dueOn, subject.id]);
  }
}
