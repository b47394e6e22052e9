import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { type Actor, actorLabel, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { isCalendarDate } from '@accredit/calendar-date';
import { type DueDateOverride, type PlannedPhase, checkOverrides, checkPhases, checkSteps, dueDateOf } from '@accredit/campaign-planning';
import { Campaign, CampaignPhase, moveCampaignPhase } from '@accredit/campaigns';
import { Indicator } from '@accredit/indicator-systems';
import { Department } from '@accredit/organisations';
import { Task, TaskWriter } from '@accredit/tasks';
import { SetupRefusal, assertPlan, setupError, setupNotFound } from './campaign-setup.exception';
import { CampaignPlanChange } from './campaign-plan-change.entity';

/** A re-plan: new phase dates, due dates in bulk (per indicator, department or rule) and of single tasks, with the reason. */
export interface Replan {
  campaignId: string;
  reason: string;
  phases?: { key: string; startsOn?: string | null; endsOn?: string | null }[] | null;
  dueDates?: DueDateOverride[] | null;
  tasks?: { taskId: string; dueOn: string }[] | null;
  /** Tasks due at the end of the task phase move with it when that end moves (default true). */
  moveDefaultDueDates?: boolean | null;
}

export interface ReplanOutcome {
  batchId: string;
  changes: CampaignPlanChange[];
  phaseChanges: number;
  taskChanges: number;
}

const MAX_REASON = 500;

/**
 * Re-planning a running campaign: an office admin moves phase dates and task due dates with a
 * reason. Every changed date is logged (who, when, why, old → new) in the same transaction;
 * deadline lights, reminders and the dashboard read the due dates, so they follow at once.
 */
@Injectable()
export class CampaignReplanService {
  constructor(
    private readonly em: EntityManager,
    private readonly taskWriter: TaskWriter,
  ) {}

  async replan(actor: Actor, request: Replan): Promise<ReplanOutcome> {
    if (!actor.organisationId) throw setupError(SetupRefusal.NoOrganisation, '调整计划须以本单位办公室管理员身份进行');
    const reason = (request.reason ?? '').trim();
    if (!reason) throw setupError(SetupRefusal.ReasonRequired, '请填写调整原因：调整会记入计划变更记录');
    if (reason.length > MAX_REASON) throw setupError(SetupRefusal.ReasonRequired, `调整原因最多 ${MAX_REASON} 个字符`);
    return this.em.transactional(async (em) => {
      const campaign = await em.findOne(Campaign, { id: assertId(request.campaignId, 'campaignId'), organisation: actor.organisationId });
      if (!campaign) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', request.campaignId);
      // One re-plan of a campaign at a time: the second waits and reads the first one's dates.
      await em.lock(campaign, LockMode.PESSIMISTIC_WRITE);
      const batchId = randomUUID();
      const changes: CampaignPlanChange[] = [];
      const log = (subjectType: 'phase' | 'task', subjectId: string, subjectLabel: string, field: string, oldValue: string | null, newValue: string | null) =>
        changes.push(
          em.create(CampaignPlanChange, { campaign, batchId, actorId: actor.userId, actorName: actorLabel(actor), reason, subjectType, subjectId, subjectLabel, field, oldValue, newValue }),
        );

      // Phases: the top-level phases in order, checked as a whole after the change; a phase's
      // steps (工作步骤), checked inside their phase whenever the phase or one of them moves.
      const all = await em.find(CampaignPhase, { campaign }, { orderBy: { sortOrder: 'asc' } });
      const phases = all.filter((phase) => !phase.parent);
      const stepsOf = (phase: CampaignPhase) => all.filter((step) => step.parent?.id === phase.id);
      const byKey = new Map(all.map((phase) => [phase.key, phase]));
      const byId = new Map(all.map((phase) => [phase.id, phase]));
      const wanted = new Map<string, { startsOn: string | null; endsOn: string | null }>();
      for (const change of request.phases ?? []) {
        const phase = byKey.get(change.key);
        if (!phase) throw setupError(SetupRefusal.BadPlan, `阶段「${change.key}」不在这项创建工作中，可选：${all.map((item) => item.key).join('、')}`);
        wanted.set(phase.key, { startsOn: change.startsOn ?? phase.startsOn ?? null, endsOn: change.endsOn ?? phase.endsOn ?? null });
      }
      const datesOf = (phase: CampaignPhase) => wanted.get(phase.key) ?? { startsOn: phase.startsOn ?? null, endsOn: phase.endsOn ?? null };
      const planned: PlannedPhase[] = phases.map((phase) => ({ key: phase.key, name: phase.name, startsOn: datesOf(phase).startsOn ?? '', endsOn: datesOf(phase).endsOn ?? '' }));
      if (phases.some((phase) => wanted.has(phase.key))) assertPlan(checkPhases(planned, campaign.taskPhaseKey));
      phases.forEach((phase, index) => {
        const steps = stepsOf(phase);
        if (!wanted.has(phase.key) && !steps.some((step) => wanted.has(step.key))) return;
        assertPlan(
          checkSteps(
            planned[index],
            steps.map((step) => ({ key: step.key, name: step.name, ...datesOf(step) })),
          ),
        );
      });
      const oldTaskPhaseEnd = byKey.get(campaign.taskPhaseKey)?.endsOn ?? null;
      for (const phase of all) {
        const next = wanted.get(phase.key);
        if (!next) continue;
        const parent = phase.parent ? byId.get(phase.parent.id) : undefined;
        const label = parent ? `${parent.name} · ${phase.name}` : phase.name;
        if (next.startsOn !== (phase.startsOn ?? null)) log('phase', phase.id, label, 'startsOn', phase.startsOn ?? null, next.startsOn);
        if (next.endsOn !== (phase.endsOn ?? null)) log('phase', phase.id, label, 'endsOn', phase.endsOn ?? null, next.endsOn);
        moveCampaignPhase(phase, next);
      }
      const newTaskPhaseEnd = byKey.get(campaign.taskPhaseKey)?.endsOn ?? null;

      // Tasks: the moved default first, then the bulk overrides, then single tasks (the most specific wins).
      const tasks = await em.find(Task, { campaign }, { populate: ['scoringRule'], orderBy: { position: 'asc' } });
      const indicators = await em.find(Indicator, { system: campaign.indicatorSystem.id });
      const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
      const codesOf = (indicatorId: string): string[] => {
        const codes: string[] = [];
        for (let at = indicatorById.get(indicatorId); at; at = at.parent ? indicatorById.get(at.parent.id) : undefined) codes.push(at.code);
        return codes;
      };
      const departments = new Map((await em.find(Department, { organisation: campaign.organisation.id })).map((department) => [department.id, department.name]));
      const overrides = request.dueDates ?? [];
      const indicatorCodes = new Set(indicators.map((indicator) => indicator.code));
      const ruleCodes = new Set(tasks.map((task) => task.scoringRule.getEntity().code));
      assertPlan(checkOverrides(overrides, (scope, target) => (scope === 'indicator' ? indicatorCodes.has(target) : scope === 'rule' ? ruleCodes.has(target) : departments.has(target))));
      const singles = new Map<string, string>();
      for (const single of request.tasks ?? []) {
        if (!isCalendarDate(single.dueOn)) throw setupError(SetupRefusal.BadPlan, `任务的截止日期「${single.dueOn}」无效，请写成 2025-12-31 的形式`, { taskId: single.taskId });
        singles.set(assertId(single.taskId, 'taskId'), single.dueOn);
      }
      const known = new Set(tasks.map((task) => task.id));
      const stranger = [...singles.keys()].find((id) => !known.has(id));
      if (stranger) throw setupError(SetupRefusal.BadPlan, `任务（${stranger}）不属于这项创建工作`, { taskId: stranger });

      const moveDefault = request.moveDefaultDueDates !== false && oldTaskPhaseEnd !== null && newTaskPhaseEnd !== null && oldTaskPhaseEnd !== newTaskPhaseEnd;
      let taskChanges = 0;
      for (const task of tasks) {
        const rule = task.scoringRule.getEntity();
        let dueOn = moveDefault && task.dueOn === oldTaskPhaseEnd ? (newTaskPhaseEnd as string) : task.dueOn;
        if (overrides.length > 0) dueOn = dueDateOf({ indicatorCodes: codesOf(rule.indicator.id), ruleCode: rule.code, departmentId: task.department.id }, dueOn, overrides);
        dueOn = singles.get(task.id) ?? dueOn;
        if (dueOn === task.dueOn) continue;
        log('task', task.id, `${rule.code} ${departments.get(task.department.id) ?? ''}`.trim(), 'dueOn', task.dueOn, dueOn);
        this.taskWriter.moveDueOn(task, dueOn);
        taskChanges += 1;
      }
      if (changes.length === 0) throw setupError(SetupRefusal.NothingToChange, '没有日期发生变化：请修改阶段日期或任务截止日期后再保存');
      const phaseChanges = changes.length - taskChanges;
      await em.flush();
      await appendAudit(em, {
        action: 'campaign_replan',
        actor,
        organisationId: campaign.organisation.id,
        entityType: 'campaign',
        entityId: campaign.id,
        details: {
          batchId,
          reason,
          phaseChanges,
          taskChanges,
          phases: changes.filter((change) => change.subjectType === 'phase').map(({ subjectLabel, field, oldValue, newValue }) => ({ phase: subjectLabel, field, from: oldValue, to: newValue })),
          dueDates: overrides,
          singleTasks: singles.size,
        },
      });
      return { batchId, changes, phaseChanges, taskChanges };
    });
  }

  /** The re-plan log of a campaign of the actor's organisation, newest first. */
  async changes(actor: Actor, campaignId: string): Promise<CampaignPlanChange[]> {
    if (!actor.organisationId) throw setupError(SetupRefusal.NoOrganisation, '查看计划变更记录须以本单位身份进行');
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId'), organisation: actor.organisationId });
    if (!campaign) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
    return this.em.find(CampaignPlanChange, { campaign }, { orderBy: { at: 'desc', subjectType: 'asc', subjectLabel: 'asc' }, limit: 2000 });
  }
}
