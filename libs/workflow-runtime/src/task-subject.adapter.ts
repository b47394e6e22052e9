import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, departmentScope, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { EVIDENCE_REQUIREMENT_ROWS, SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { TASK_ROWS, Task, setTaskDueOn, setTaskState } from '@accredit/tasks';
import { type ElectiveGroupFact, type Facts, stateLabels } from '@accredit/workflow-engine';
import { ELECTIVE_FACTS, EVIDENCE_FACTS, ElectiveFactsSource, EvidenceFactsSource } from './runtime-ports';
import { readElectives, usesElectives } from './elective-facts';
import { phaseFacts } from './phase-facts';
import { campaignCountFacts } from './count-facts';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';
import { subjectNotFound } from './workflow.exception';

/** What every task of one campaign shares: its counts, documents and phase dates. */
interface CampaignFacts {
  counts: Awaited<ReturnType<typeof campaignCountFacts>>;
  phases: Awaited<ReturnType<typeof phaseFacts>>;
  /** Its elective groups, read only when the task workflow checks them. */
  electives?: ElectiveGroupFact[];
}

@Injectable()
export class TaskSubjectAdapter implements SubjectAdapter {
  readonly entityType = 'task' as const;

  constructor(
    @Inject(EVIDENCE_FACTS) private readonly evidence: EvidenceFactsSource,
    private readonly definitions: WorkflowDefinitionsService,
    @Inject(ELECTIVE_FACTS) private readonly electives: ElectiveFactsSource | null,
  ) {}

  async load(em: EntityManager, id: string, actor: Actor): Promise<WorkflowSubject> {
    const task = await em.findOne(Task, { id: assertId(id) }, { populate: ['campaign', 'scoringRule', 'department'], refresh: true });
    return this.subjectOf(task, id, actor);
  }

  /** `load` for a page of tasks in one read; a task the actor may not see is NOT_FOUND in its place. */
  async loadMany(em: EntityManager, ids: readonly string[], actor: Actor): Promise<(WorkflowSubject | AppError)[]> {
    const tasks = await em.find(Task, { id: { $in: ids.map((id) => assertId(id)) } }, { populate: ['campaign', 'scoringRule', 'department'], refresh: true });
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return ids.map((id) => {
      try {
        return this.subjectOf(byId.get(id) ?? null, id, actor);
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
    });
  }

  private subjectOf(task: Task | null, id: string, actor: Actor): WorkflowSubject {
    const granted = task ? hasCampaignGrant(actor, task.campaign.id) : false;
    const organisation = granted ? null : organisationScope(actor);
    const department = departmentScope(actor);
    // Another district's or (for a liaison) another department's task does not exist for them; for
    // an account with campaign roles only, neither does any task outside its campaigns.
    if (!task || (isCampaignRoleOnly(actor) && !granted) || (organisation && task.campaign.getEntity().organisation.id !== organisation) || (department && task.department.id !== department)) {
      throw subjectNotFound('task', id);
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
    return (await this.factsMany(em, [subject]))[0];
  }

  /**
   * The facts of several tasks with a constant number of reads: requirements and evidence for all
   * of them at once, the campaign's counts and phases once per campaign.
   */
  async factsMany(em: EntityManager, subjects: readonly WorkflowSubject[]): Promise<Facts[]> {
    if (!subjects.length) return [];
    const ids = subjects.map((subject) => subject.id);
    const rows = await em.execute<{ task_id: string; code: string }[]>(
      `select t.id as task_id, r.code from ${EVIDENCE_REQUIREMENT_ROWS} r join ${SCORING_RULE_ROWS} s on s.indicator_id = r.indicator_id join ${TASK_ROWS} t on t.scoring_rule_id = s.id where t.id in (?) order by t.id, r.sort_order`,
      [ids],
    );
    const requirements = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const row of rows) requirements.get(row.task_id)?.push(row.code);
    const evidence = await this.evidence.requirementCodesWithEvidence(ids, em);
    // One after the other: `em` may be the caller's transaction, a single connection.
    const campaigns = new Map<string, CampaignFacts>();
    const withElectives: string[] = [];
    for (const subject of subjects) {
      if (campaigns.has(subject.campaignId)) continue;
      const definition = await this.definitions.definitionById(subject.definitionId);
      if (usesElectives(definition)) withElectives.push(subject.campaignId);
      campaigns.set(subject.campaignId, { counts: await campaignCountFacts(em, subject.campaignId, stateLabels(definition)), phases: await phaseFacts(em, subject.campaignId) });
    }
    for (const [campaignId, groups] of await readElectives(this.electives, em, withElectives)) {
      const facts = campaigns.get(campaignId);
      if (facts) facts.electives = groups;
    }
    return subjects.map((subject) => this.taskFacts(subject, campaigns.get(subject.campaignId)!, requirements.get(subject.id) ?? [], evidence.get(subject.id) ?? []));
  }

  private taskFacts(subject: WorkflowSubject, { counts: campaignFacts, phases, electives }: CampaignFacts, requirements: string[], evidence: string[]): Facts {
    return {
      // The task's campaign's elective choices (选做), when its workflow checks them.
      ...(electives ? { electives } : {}),
      // Counts and documents of the task's campaign: a quota among sibling tasks, a campaign document.
      counts: campaignFacts.counts,
      countLabels: campaignFacts.countLabels,
      documents: campaignFacts.documents,
      documentFiles: campaignFacts.documentFiles,
      organisationCounts: campaignFacts.organisationCounts,
      ownerDepartmentId: subject.ownerDepartmentId ?? undefined,
      requirements,
      evidence: { requirementCodes: evidence, count: evidence.length },
      phases,
    };
  }

  /** Compare-and-set by the tasks module, in the transition's transaction (`em`). */
  setState(em: EntityManager, subject: WorkflowSubject, to: string): Promise<boolean> {
    return setTaskState(em, subject, to);
  }

  setDueDate(em: EntityManager, subject: WorkflowSubject, dueOn: string): Promise<void> {
    return setTaskDueOn(em, subject.id, dueOn);
  }
}
