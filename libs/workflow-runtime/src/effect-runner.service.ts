import { Inject, Injectable, Optional } from '@nestjs/common';
import { SCORE_SNAPSHOTS, type ScoreSnapshotPort } from './runtime-ports';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationsService } from '@accredit/notifications';
import { type EffectCall, type Facts, type TransitionResult, type WorkflowDefinition, resolveDueDate, stateLabels } from '@accredit/workflow-engine';
import type { SubjectAdapter, WorkflowSubject } from './workflow-subject';

export interface EffectRecord {
  type: string;
  params: unknown;
  outcome: string;
}

/** Runs a transition's effects inside its transaction; returns what each did, for the log. */
@Injectable()
export class EffectRunner {
  constructor(
    private readonly notifications: NotificationsService,
    @Optional() @Inject(SCORE_SNAPSHOTS) private readonly snapshots: ScoreSnapshotPort | null,
  ) {}

  async run(
    em: EntityManager,
    adapter: SubjectAdapter,
    subject: WorkflowSubject,
    definition: WorkflowDefinition,
    taskDefinition: WorkflowDefinition | null,
    transition: TransitionResult,
    facts: Facts,
  ): Promise<EffectRecord[]> {
    const labels = stateLabels(definition);
    const records: EffectRecord[] = [];
    for (const effect of transition.effects)
      records.push({ type: effect.type, params: effect.params, outcome: await this.runOne(em, adapter, subject, definition, taskDefinition, transition, facts, labels, effect) });
    return records;
  }

  private async runOne(
    em: EntityManager,
    adapter: SubjectAdapter,
    subject: WorkflowSubject,
    definition: WorkflowDefinition,
    taskDefinition: WorkflowDefinition | null,
    transition: TransitionResult,
    facts: Facts,
    labels: Record<string, string>,
    effect: EffectCall,
  ): Promise<string> {
    switch (effect.type) {
      case 'notify': {
        const departmentId = effect.params.department === 'owner' ? subject.ownerDepartmentId : null;
        const rows = this.notifications.queue(em, {
          organisationId: subject.organisationId,
          roles: effect.params.roles,
          departmentId,
          title: `${definition.name}：${transition.label}`,
          body: `${subject.title}：${labels[transition.from] ?? transition.from} → ${labels[transition.to] ?? transition.to}${facts.comment ? `。意见：${facts.comment}` : ''}`,
          entityType: subject.entityType,
          entityId: subject.id,
        });
        return `已通知 ${rows.length} 个接收方`;
      }
      case 'setDueDate': {
        const dueOn = resolveDueDate(effect.params, facts);
        if (!dueOn) return '未设置：缺少所需阶段日期';
        await adapter.setDueDate(em, subject, dueOn, taskDefinition);
        return `截止日期设为 ${dueOn}`;
      }
      case 'snapshotScores':
        // A campaign's scores; stored in this transaction, so the snapshot exists iff the transition does.
        if (!this.snapshots) throw new Error('snapshotScores 需要评分模块（未接入）');
        return this.snapshots.record(em, subject.campaignId, effect.params.source);
      case 'setOutcome': {
        // Definitions that are not a participant's are refused at upload (workflow-definitions.service).
        if (!adapter.setOutcome) throw new Error(`setOutcome 不适用于${subject.entityType}`);
        await adapter.setOutcome(em, subject, effect.params.outcome);
        return `结果记为「${definition.outcomes[effect.params.outcome] ?? effect.params.outcome}」`;
      }
    }
  }
}
