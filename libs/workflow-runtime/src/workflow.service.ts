import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, actorLabel, hasCampaignGrant, isCampaignRoleOnly, rolesInCampaign } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type EventStatus, type Facts, type Actor as WorkflowActor, type WorkflowDefinition, applyEvent, listEvents } from '@accredit/workflow-engine';
import { Campaign } from '@accredit/campaigns';
import { CampaignSubjectAdapter } from './campaign-subject.adapter';
import { EffectRunner } from './effect-runner.service';
import { TaskSubjectAdapter } from './task-subject.adapter';
import { ParticipantSubjectAdapter } from './participant-subject.adapter';
import { TransitionLog } from './transition-log.entity';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';
import { WorkflowRefusal, workflowError, subjectNotFound } from './workflow.exception';

export interface TransitionRequest {
  entityType: string;
  id: string;
  event: string;
  comment?: string | null;
  expectedVersion: number;
}

export interface AppliedTransition {
  subject: WorkflowSubject;
  state: string;
  version: number;
  log: TransitionLog;
  definition: WorkflowDefinition;
}

function engineActor(actor: Actor): WorkflowActor {
  return { id: actor.userId, roles: actor.roles, departmentId: actor.departmentId ?? undefined };
}

/** Runs workflows on stored entities: what may happen now, and applying it atomically. */
@Injectable()
export class WorkflowService {
  private readonly adapters: Record<string, SubjectAdapter>;

  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
    private readonly effects: EffectRunner,
    campaigns: CampaignSubjectAdapter,
    private readonly tasks: TaskSubjectAdapter,
    private readonly participants: ParticipantSubjectAdapter,
  ) {
    this.adapters = { campaign: campaigns, task: tasks, participant: participants };
  }

  private adapter(entityType: string): SubjectAdapter {
    const adapter = this.adapters[entityType];
    if (!adapter) throw workflowError(WorkflowRefusal.UnknownSubjectType, `不支持的对象类型「${entityType}」，可用：${Object.keys(this.adapters).join('、')}`);
    return adapter;
  }

  async definitionOf(subject: WorkflowSubject): Promise<WorkflowDefinition> {
    return this.definitions.definitionById(subject.definitionId);
  }

  private async factsFor(em: EntityManager, adapter: SubjectAdapter, subject: WorkflowSubject, actor: Actor, comment?: string | null): Promise<Facts> {
    return { ...(await adapter.facts(em, subject, actor)), now: new Date(), comment: comment ?? undefined };
  }

  /** Every event of the subject's workflow, allowed or refused with the reasons (for the UI). */
  async available(actor: Actor, entityType: string, id: string): Promise<{ subject: WorkflowSubject; definition: WorkflowDefinition; events: EventStatus[] }> {
    const adapter = this.adapter(entityType);
    const subject = this.readable(actor, await adapter.load(this.em, id, actor));
    const definition = await this.definitionOf(subject);
    const facts = await this.factsFor(this.em, adapter, subject, actor);
    return { subject, definition, events: listEvents(definition, { state: subject.state, actor: engineActor(inCampaign(actor, subject)), facts }) };
  }

  /**
   * Applies an event: new state, a log row and the effects in one transaction. The caller's
   * expectedVersion must match; a stale one gets CONFLICT and nothing changes.
   */
  async transition(actor: Actor, request: TransitionRequest): Promise<AppliedTransition> {
    const adapter = this.adapter(request.entityType);
    if (!Number.isInteger(request.expectedVersion) || request.expectedVersion < 1) {
      throw workflowError(WorkflowRefusal.BadExpectedVersion, 'expectedVersion 须为读取时得到的版本号（正整数）');
    }
    return this.em.transactional(async (em) => {
      const subject = await adapter.load(em, request.id, actor);
      if (subject.version !== request.expectedVersion) throw this.conflict(request.expectedVersion, subject.version);
      const definition = await this.definitionOf(subject);
      const facts = await this.factsFor(em, adapter, subject, actor, request.comment);
      const result = applyEvent(definition, { state: subject.state, actor: engineActor(inCampaign(actor, subject)), event: request.event, facts });
      if (!result.ok) {
        const reason = result.refusal.code === 'FORBIDDEN' ? WorkflowRefusal.EventForbidden : WorkflowRefusal.EventNotAllowed;
        throw workflowError(reason, result.refusal.reasons.join('；'), { event: request.event, state: subject.state, reasons: result.refusal.reasons });
      }
      // Compare-and-set: of concurrent requests with the same version, exactly one gets here first.
      if (!(await adapter.setState(em, subject, result.transition.to))) throw this.conflict(request.expectedVersion, null);
      const taskDefinition = subject.entityType === 'campaign' ? await this.taskDefinitionOf(em, subject.id) : null;
      const effects = await this.effects.run(em, adapter, subject, definition, taskDefinition, result.transition, facts);
      const log = em.create(TransitionLog, {
        entityType: subject.entityType,
        entityId: subject.id,
        definitionKey: definition.key,
        definitionVersion: definition.version,
        event: request.event,
        fromState: subject.state,
        toState: result.transition.to,
        actorId: actor.userId,
        actorName: actorLabel(actor),
        actorRoles: rolesInCampaign(actor, subject.campaignId),
        comment: request.comment?.trim() || null,
        effects,
      });
      await appendAudit(em, {
        action: 'transition',
        actor,
        organisationId: subject.organisationId,
        entityType: subject.entityType,
        entityId: subject.id,
        details: { event: request.event, from: subject.state, to: result.transition.to, workflow: `${definition.key}@${definition.version}`, transitionLogId: log.id, comment: log.comment ?? null },
      });
      return { subject, state: result.transition.to, version: subject.version + 1, log, definition };
    });
  }

  private async taskDefinitionOf(em: EntityManager, campaignId: string): Promise<WorkflowDefinition> {
    const campaign = await em.findOneOrFail(Campaign, { id: campaignId });
    return this.definitions.definitionById(campaign.taskWorkflowDefinitionId);
  }

  /** An account with campaign roles only reads a workflow's state and history where its role grants `history`. */
  private readable(actor: Actor, subject: WorkflowSubject): WorkflowSubject {
    if (isCampaignRoleOnly(actor) && !hasCampaignGrant(actor, subject.campaignId, 'history')) {
      throw subjectNotFound(subject.entityType, subject.id);
    }
    return subject;
  }

  private conflict(expected: number, current: number | null): AppError {
    return workflowError(WorkflowRefusal.StaleVersion, '数据已被他人修改，请刷新后重试', { expectedVersion: expected, ...(current ? { currentVersion: current } : {}) });
  }

  /**
   * `available` for a page of tasks (Task.availableTransitions), with a constant number of reads;
   * a task the actor may not see gets its NOT_FOUND in its place, as `availableTransitions` would.
   */
  async availableForTasks(actor: Actor, ids: readonly string[]): Promise<({ definition: WorkflowDefinition; events: EventStatus[] } | Error)[]> {
    const subjects = await this.readableTasks(actor, ids);
    const visible = subjects.filter((subject): subject is WorkflowSubject => !(subject instanceof Error));
    const facts = new Map((await this.tasks.factsMany(this.em, visible)).map((taskFacts, index) => [visible[index].id, taskFacts]));
    const now = new Date();
    return Promise.all(
      subjects.map(async (subject) => {
        if (subject instanceof Error) return subject;
        const definition = await this.definitionOf(subject);
        const taskFacts = { ...facts.get(subject.id)!, now };
        return { definition, events: listEvents(definition, { state: subject.state, actor: engineActor(inCampaign(actor, subject)), facts: taskFacts }) };
      }),
    );
  }

  /**
   * `available` for a page of participants (CampaignParticipant.availableTransitions), with a
   * constant number of reads; one the actor may not see gets its error in its place.
   */
  async availableForParticipants(actor: Actor, ids: readonly string[]): Promise<({ definition: WorkflowDefinition; events: EventStatus[] } | Error)[]> {
    const subjects = (await this.participants.loadMany(this.em, ids, actor)).map((subject) => (subject instanceof Error ? subject : this.readableOrError(actor, subject)));
    const visible = subjects.filter((subject): subject is WorkflowSubject => !(subject instanceof Error));
    const facts = new Map((await this.participants.factsMany(this.em, visible, actor)).map((participantFacts, index) => [visible[index].id, participantFacts]));
    const now = new Date();
    return Promise.all(
      subjects.map(async (subject) => {
        if (subject instanceof Error) return subject;
        const definition = await this.definitionOf(subject);
        return { definition, events: listEvents(definition, { state: subject.state, actor: engineActor(inCampaign(actor, subject)), facts: { ...facts.get(subject.id)!, now } }) };
      }),
    );
  }

  private readableOrError(actor: Actor, subject: WorkflowSubject): WorkflowSubject | AppError {
    try {
      return this.readable(actor, subject);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  /** `history` for a page of tasks (Task.history): one read of all their transitions. */
  async historyOfTasks(actor: Actor, ids: readonly string[]): Promise<({ logs: TransitionLog[]; definitions: Map<number, WorkflowDefinition> } | Error)[]> {
    const subjects = await this.readableTasks(actor, ids);
    const visible = subjects.filter((subject): subject is WorkflowSubject => !(subject instanceof Error));
    const logs = visible.length ? await this.em.find(TransitionLog, { entityType: 'task', entityId: { $in: visible.map((subject) => subject.id) } }, { orderBy: { at: 'asc', id: 'asc' } }) : [];
    const versions = new Map<string, Promise<WorkflowDefinition>>();
    const versionOf = (definitionId: string, version: number) => {
      const key = `${definitionId}@${version}`;
      if (!versions.has(key)) versions.set(key, this.definitions.siblingVersion(definitionId, version));
      return versions.get(key)!;
    };
    return Promise.all(
      subjects.map(async (subject) => {
        if (subject instanceof Error) return subject;
        const own = logs.filter((log) => log.entityId === subject.id);
        const definitions = new Map<number, WorkflowDefinition>();
        for (const version of new Set(own.map((log) => log.definitionVersion))) definitions.set(version, await versionOf(subject.definitionId, version));
        return { logs: own, definitions };
      }),
    );
  }

  private async readableTasks(actor: Actor, ids: readonly string[]): Promise<(WorkflowSubject | Error)[]> {
    return (await this.tasks.loadMany(this.em, ids, actor)).map((subject) => {
      if (subject instanceof Error) return subject;
      try {
        return this.readable(actor, subject);
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
    });
  }

  /** The subject's transitions, oldest first. */
  async history(actor: Actor, entityType: string, id: string): Promise<{ logs: TransitionLog[]; definitions: Map<number, WorkflowDefinition> }> {
    const subject = this.readable(actor, await this.adapter(entityType).load(this.em, id, actor));
    const logs = await this.em.find(TransitionLog, { entityType: subject.entityType, entityId: subject.id }, { orderBy: { at: 'asc', id: 'asc' } });
    const definitions = new Map<number, WorkflowDefinition>();
    for (const version of new Set(logs.map((log) => log.definitionVersion))) {
      definitions.set(version, await this.definitions.siblingVersion(subject.definitionId, version));
    }
    return { logs, definitions };
  }
}

/** The actor with the roles assigned to them in the subject's campaign added (declared roles are per campaign). */
function inCampaign(actor: Actor, subject: WorkflowSubject): Actor {
  return { ...actor, roles: rolesInCampaign(actor, subject.campaignId) };
}
