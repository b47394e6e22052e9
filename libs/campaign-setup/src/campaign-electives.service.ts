import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { type Actor, actorLabel, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { todayInChina } from '@accredit/calendar-date';
import { CAMPAIGN_ELECTIVE_CHOICE_ROWS, CAMPAIGN_ROWS, Campaign, CampaignElectiveChoice, CampaignPhase, setElectiveChoice } from '@accredit/campaigns';
import { EvidenceFile } from '@accredit/evidence';
import { Indicator, ResponsibleUnit, ScoringRule } from '@accredit/indicator-systems';
import { DepartmentGroup } from '@accredit/organisations';
import { type ElectiveGroup, checkElectiveChoice, describeElective } from '@accredit/scoring';
import { Task, TaskWriter } from '@accredit/tasks';
import { initialState } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { SetupRefusal, setupError, setupNotFound } from './campaign-setup.exception';
import { electiveGroupOf } from './elective-group-of';

export interface ElectiveGroupState {
  group: Indicator;
  rule: ElectiveGroup;
  description: string;
  options: Indicator[];
  /** Chosen option ids; empty while nothing is chosen (then every option has its tasks). */
  chosen: CampaignElectiveChoice[];
}

/** A recorded choice as the indicator tree reads it, by the indicator system its campaign works on. */
export interface SystemElectiveChoice {
  groupId: string;
  optionId: string;
  chosenBy: string;
  chosenAt: Date;
}

export interface ElectiveChoiceOutcome {
  state: ElectiveGroupState;
  tasksCreated: number;
  tasksCancelled: number;
}

/**
 * Elective groups (选做) of a campaign: the campaign's organisation chooses between min and max
 * options of each group; the choice is recorded (who, when) and the task list follows — tasks
 * only for chosen options (until a choice is made, every option has its tasks).
 */
@Injectable()
export class CampaignElectivesService {
  constructor(
    private readonly em: EntityManager,
    private readonly workflows: WorkflowDefinitionsService,
    private readonly taskWriter: TaskWriter,
  ) {}

  async groups(actor: Actor, campaignId: string): Promise<ElectiveGroupState[]> {
    const campaign = await this.campaign(this.em, actor, campaignId);
    return this.states(this.em, campaign);
  }

  async choose(actor: Actor, request: { campaignId: string; groupIndicatorId: string; optionIndicatorIds: string[] }): Promise<ElectiveChoiceOutcome> {
    return this.em.transactional(async (em) => {
      const campaign = await this.campaign(em, actor, request.campaignId);
      await em.lock(campaign, LockMode.PESSIMISTIC_WRITE);
      const states = await this.states(em, campaign);
      const state = states.find((item) => item.group.id === request.groupIndicatorId);
      if (!state) throw setupError(SetupRefusal.NotElective, `指标（${request.groupIndicatorId}）不是这项创建工作的选做组`, { groupIndicatorId: request.groupIndicatorId });
      const optionIds = state.options.map((option) => option.id);
      const problems = checkElectiveChoice(state.rule, optionIds, request.optionIndicatorIds);
      if (problems.length > 0) {
        throw setupError(SetupRefusal.ElectiveOutOfRange, `「${state.group.code} ${state.group.title}」${state.description}：${problems.join('；')}`, { min: state.rule.min, max: state.rule.max });
      }
      const wanted = new Set(request.optionIndicatorIds);
      const before = new Set(state.chosen.map((choice) => choice.option.id));
      // Tasks exist for every option while nothing was chosen; afterwards only for chosen ones.
      const hadTasks = new Set(before.size === 0 ? optionIds : before);
      setElectiveChoice(em, campaign, state.group, state.chosen, wanted, { id: actor.userId, name: actorLabel(actor) });
      const cancelled = await this.cancelTasks(
        em,
        campaign,
        [...hadTasks].filter((id) => !wanted.has(id)),
        state,
      );
      const created = await this.createTasks(
        em,
        campaign,
        [...wanted].filter((id) => !hadTasks.has(id)),
      );
      await em.flush();
      await appendAudit(em, {
        action: 'campaign_setup',
        actor,
        organisationId: campaign.organisation.id,
        entityType: 'campaign',
        entityId: campaign.id,
        details: { electiveGroup: state.group.code, chosen: state.options.filter((option) => wanted.has(option.id)).map((option) => option.code), tasksCreated: created, tasksCancelled: cancelled },
      });
      const [after] = (await this.states(em, campaign)).filter((item) => item.group.id === state.group.id);
      return { state: after, tasksCreated: created, tasksCancelled: cancelled };
    });
  }

  /**
   * Indicator-system id → the recorded choices of the campaign working on it (a snapshot belongs
   * to one campaign); a system no campaign works on (a template) is absent. One statement.
   */
  async choicesBySystem(systemIds: readonly string[]): Promise<Map<string, SystemElectiveChoice[]>> {
    const rows = await this.em.execute<{ system_id: string; group_id: string | null; option_id: string | null; chosen_by_name: string | null; chosen_at: Date | null }[]>(
      `select c.indicator_system_id as system_id, ec.group_id, ec.option_id, ec.chosen_by_name, ec.chosen_at
       from ${CAMPAIGN_ROWS} c left join ${CAMPAIGN_ELECTIVE_CHOICE_ROWS} ec on ec.campaign_id = c.id
       where c.indicator_system_id in (?)`,
      [[...systemIds]],
    );
    const bySystem = new Map<string, SystemElectiveChoice[]>();
    for (const row of rows) {
      const list = bySystem.get(row.system_id) ?? [];
      if (row.group_id && row.option_id) list.push({ groupId: row.group_id, optionId: row.option_id, chosenBy: row.chosen_by_name ?? '', chosenAt: new Date(row.chosen_at ?? 0) });
      bySystem.set(row.system_id, list);
    }
    return bySystem;
  }

  private async campaign(em: EntityManager, actor: Actor, campaignId: string): Promise<Campaign> {
    if (!actor.organisationId) throw setupError(SetupRefusal.NoOrganisation, '选做项由创建工作所属单位选择');
    const campaign = await em.findOne(Campaign, { id: assertId(campaignId, 'campaignId'), organisation: actor.organisationId });
    if (!campaign) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', campaignId);
    return campaign;
  }

  private async states(em: EntityManager, campaign: Campaign): Promise<ElectiveGroupState[]> {
    const indicators = await em.find(Indicator, { system: campaign.indicatorSystem.id }, { orderBy: { level: 'asc', sortOrder: 'asc' } });
    const choices = await em.find(CampaignElectiveChoice, { campaign }, { orderBy: { chosenAt: 'asc' } });
    const states: ElectiveGroupState[] = [];
    for (const group of indicators) {
      const rule = electiveGroupOf(group);
      if (!rule) continue;
      states.push({
        group,
        rule,
        description: describeElective(rule),
        options: indicators.filter((indicator) => indicator.parent?.id === group.id).sort((a, b) => a.sortOrder - b.sortOrder),
        chosen: choices.filter((choice) => choice.group.id === group.id),
      });
    }
    return states.sort((a, b) => a.group.code.localeCompare(b.group.code, 'zh-CN', { numeric: true }));
  }

  /** The option and every indicator below it. */
  private async subtree(em: EntityManager, campaign: Campaign, optionIds: string[]): Promise<string[]> {
    const indicators = await em.find(Indicator, { system: campaign.indicatorSystem.id });
    const ids = new Set(optionIds);
    for (let grew = true; grew;) {
      grew = false;
      for (const indicator of indicators) {
        if (indicator.parent && ids.has(indicator.parent.id) && !ids.has(indicator.id)) {
          ids.add(indicator.id);
          grew = true;
        }
      }
    }
    return [...ids];
  }

  private async cancelTasks(em: EntityManager, campaign: Campaign, optionIds: string[], state: ElectiveGroupState): Promise<number> {
    if (optionIds.length === 0) return 0;
    const tasks = await em.find(Task, { campaign, scoringRule: { indicator: { $in: await this.subtree(em, campaign, optionIds) } } });
    if (tasks.length === 0) return 0;
    const withEvidence = await em.count(EvidenceFile, { task: { $in: tasks } });
    if (withEvidence > 0) {
      const names = state.options.filter((option) => optionIds.includes(option.id)).map((option) => `「${option.code} ${option.title}」`);
      throw setupError(SetupRefusal.OptionHasEvidence, `${names.join('')}的任务已有上传的佐证材料，不能取消：请保留该项，或先删除材料后再改选`);
    }
    this.taskWriter.withdraw(em, tasks);
    return tasks.length;
  }

  private async createTasks(em: EntityManager, campaign: Campaign, optionIds: string[]): Promise<number> {
    if (optionIds.length === 0) return 0;
    const rules = await em.find(ScoringRule, { indicator: { $in: await this.subtree(em, campaign, optionIds) } }, { orderBy: { indicator: { sortOrder: 'asc' }, sortOrder: 'asc' } });
    const units = await em.find(ResponsibleUnit, { rule: { $in: rules } }, { orderBy: { sortOrder: 'asc' } });
    const groups = await em.find(DepartmentGroup, { organisation: campaign.organisation.id }, { populate: ['members'] });
    const members = new Map(groups.map((group) => [group.id, group.members.getItems().map((member) => member.id)]));
    const phase = await em.findOne(CampaignPhase, { campaign, key: campaign.taskPhaseKey });
    const dueOn = phase?.endsOn ?? todayInChina();
    const state = initialState(await this.workflows.definitionById(campaign.taskWorkflowDefinitionId));
    const withUnits = rules.map((rule) => ({ rule, units: units.filter((unit) => unit.rule.id === rule.id) }));
    return (await this.taskWriter.appendForRules(em, campaign, withUnits, (id) => members.get(id) ?? [], dueOn, state)).length;
  }
}
