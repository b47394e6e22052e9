import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditEntry, appendAudit } from '@accredit/audit';
import { Campaign, CampaignParticipant } from '@accredit/campaigns';
import { type TransitionDefinition, type WorkflowDefinition, applyScheduled, guardRegistry, scheduledTransitions } from '@accredit/workflow-engine';
import { EffectRunner } from './effect-runner.service';
import { ParticipantSubjectAdapter } from './participant-subject.adapter';
import { phaseFactsMany } from './phase-facts';
import { SCHEDULE_ACTOR } from './system-actor';
import { TransitionLog } from './transition-log.entity';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import type { WorkflowSubject } from './workflow-subject';

/** Participants moved per transaction: a bounded transaction however many counties are late. */
const CHUNK = 200;

export interface ScheduledRun {
  /** Subjects the system moved (each logged once). */
  fired: number;
  /** Subjects in a scheduled transition's `from` whose other guards refused it (left as they were). */
  refused: number;
}

interface DueTransition {
  campaignIds: string[];
  definitionId: string;
  definition: WorkflowDefinition;
  transition: TransitionDefinition;
}

/**
 * Fires the transitions definitions schedule (`schedule: { phase: overdue, at: start }`) for every
 * participant still in their `from` once the day has come, as the system: in transition_log like
 * any transition, with its effects (a reminder's notice). Idempotent because a fired participant
 * has left `from`; two scanners cannot both move one (compare-and-set on its version). Reads are
 * per campaign and chunk of participants, never per participant.
 */
@Injectable()
export class ScheduledTransitionsService {
  private readonly logger = new Logger('ScheduledTransitions');

  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    private readonly participants: ParticipantSubjectAdapter,
    private readonly effects: EffectRunner,
  ) {}

  /** `em` is a context of the caller's (the reminder scan's); each chunk runs in a transaction of its own. */
  async fireDue(em: EntityManager, now: Date = new Date()): Promise<ScheduledRun> {
    let fired = 0;
    let refused = 0;
    for (const due of await this.dueTransitions(em, now)) {
      const waiting = await em.find(CampaignParticipant, { campaign: { $in: due.campaignIds }, state: { $in: [...due.transition.from] } }, { fields: ['id'], orderBy: { id: 'asc' } });
      for (let start = 0; start < waiting.length; start += CHUNK) {
        const ids = waiting.slice(start, start + CHUNK).map((row) => row.id);
        const run = await em.fork().transactional((trx) => this.fireChunk(trx, ids, due, now));
        fired += run.fired;
        refused += run.refused;
      }
    }
    if (fired) this.logger.log(`按计划执行 ${fired} 个参与单位的流转`);
    return { fired, refused };
  }

  /** The scheduled transitions of the participant workflows in use whose day has come, with their campaigns. */
  private async dueTransitions(em: EntityManager, now: Date): Promise<DueTransition[]> {
    const campaigns = await em.find(Campaign, { participantWorkflowDefinitionId: { $ne: null } }, { fields: ['id', 'participantWorkflowDefinitionId'] });
    const byDefinition = new Map<string, string[]>();
    for (const campaign of campaigns) {
      const id = campaign.participantWorkflowDefinitionId as string;
      byDefinition.set(id, [...(byDefinition.get(id) ?? []), campaign.id]);
    }
    const scheduled: DueTransition[] = [];
    for (const [definitionId, campaignIds] of byDefinition) {
      const definition = await this.definitions.definitionById(definitionId);
      for (const transition of scheduledTransitions(definition)) scheduled.push({ definitionId, definition, transition, campaignIds });
    }
    if (scheduled.length === 0) return [];
    const phases = await phaseFactsMany(em, [...new Set(scheduled.flatMap((item) => item.campaignIds))]);
    // The schedule's day, checked as the onOrAfter guard checks it (China's calendar day).
    return scheduled
      .map((item) => ({
        ...item,
        campaignIds: item.campaignIds.filter(
          (id) => guardRegistry.onOrAfter.check(item.transition.schedule!, { definition: item.definition, actor: { id: 'system', roles: [] }, facts: { now, phases: phases.get(id) ?? {} } }).ok,
        ),
      }))
      .filter((item) => item.campaignIds.length > 0);
  }

  private async fireChunk(em: EntityManager, ids: string[], due: DueTransition, now: Date): Promise<ScheduledRun> {
    const loaded = await this.participants.loadMany(em, ids, SCHEDULE_ACTOR);
    // A participant whose campaign changed its workflow meanwhile is not this transition's to fire.
    const subjects = loaded.filter((subject): subject is WorkflowSubject => !(subject instanceof Error) && subject.definitionId === due.definitionId);
    const facts = await this.participants.factsMany(em, subjects, SCHEDULE_ACTOR);
    const applied = subjects.map((subject, index) => ({
      subject,
      facts: { ...facts[index], now },
      result: applyScheduled(due.definition, { state: subject.state, event: due.transition.event, facts: { ...facts[index], now } }),
    }));
    const allowed = applied.filter((item) => item.result.ok);
    const byTarget = new Map<string, typeof allowed>();
    for (const item of allowed) if (item.result.ok) byTarget.set(item.result.transition.to, [...(byTarget.get(item.result.transition.to) ?? []), item]);
    const audits: AuditEntry[] = [];
    let fired = 0;
    for (const [to, items] of byTarget) {
      const moved = await this.participants.setStateMany(
        em,
        items.map((item) => item.subject),
        to,
      );
      for (const { subject, facts: subjectFacts, result } of items) {
        if (!moved.has(subject.id) || !result.ok) continue;
        const effects = await this.effects.run(em, this.participants, subject, due.definition, null, result.transition, subjectFacts);
        const log = em.create(TransitionLog, {
          entityType: subject.entityType,
          entityId: subject.id,
          definitionKey: due.definition.key,
          definitionVersion: due.definition.version,
          event: due.transition.event,
          fromState: subject.state,
          toState: to,
          actorId: SCHEDULE_ACTOR.userId,
          actorName: SCHEDULE_ACTOR.displayName!,
          actorRoles: [],
          comment: null,
          effects,
        });
        audits.push({
          action: 'transition',
          actor: null,
          organisationId: subject.organisationId,
          entityType: subject.entityType,
          entityId: subject.id,
          details: { event: due.transition.event, from: subject.state, to, workflow: `${due.definition.key}@${due.definition.version}`, transitionLogId: log.id, comment: null, scheduled: true },
        });
        fired++;
      }
    }
    await em.flush();
    await appendAudit(em, audits);
    return { fired, refused: applied.length - allowed.length };
  }
}
