import { Injectable } from '@nestjs/common';
import { ImmutableCache } from '@accredit/api-kit';
import { todayInChina } from '@accredit/calendar-date';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleProgress, ScoringSystem, SystemIndicator } from '@accredit/scoring';
import type { TaskStateKinds } from '@accredit/workflow-engine';
import { Indicator, IndicatorSystem, type RecordedElectiveChoice, ScoringRule } from '@accredit/indicator-systems';
import { Task } from '@accredit/tasks';
import { type CampaignScoresRead, type CurrentScore, type ScoredCampaign, readCampaignScores } from './scoring-statements';
import type { ScoreSource } from './score-source';
import { WorkflowLabelsService } from '@accredit/workflow-runtime';
import { campaignNotFound } from '../scores.exception';

/**
 * A task past its due date is late unless it is done or waiting on the office (submitted); which
 * states those are is the campaign's task workflow's to say (taskStateKinds).
 */
const notLate = (states: TaskStateKinds): ReadonlySet<string> => new Set([...states.done, ...states.submitted]);

/** An indicator of a campaign's snapshot, as the scores read it (plain: shared between requests). */
export type SnapshotIndicator = Readonly<Pick<Indicator, 'id' | 'code' | 'title' | 'maxScore'>>;
/** A scoring rule of a campaign's snapshot, as the scores read it. */
export type SnapshotRule = Readonly<Pick<ScoringRule, 'id' | 'code' | 'text' | 'kind' | 'points' | 'params' | 'note'>>;

/** A snapshot's structure for the scores: read once per indicator system, which never changes. */
interface SnapshotStructure {
  system: ScoringSystem;
  indicators: CampaignScoringData['indicators'];
  rules: CampaignScoringData['rules'];
}

/** Everything the scores of one campaign are computed from, read in a handful of queries. */
export interface CampaignScoringData {
  campaign: ScoredCampaign;
  system: ScoringSystem;
  /** Indicators in table order (depth first) with their level (1 = top). */
  indicators: { indicator: SnapshotIndicator; level: number; parentCode: string | null }[];
  /** Rules in table order with their indicator. */
  rules: { rule: SnapshotRule; indicator: SnapshotIndicator }[];
  current: Record<ScoreSource, Map<string, CurrentScore>>;
  progress: Map<string, RuleProgress>;
  today: string;
  /** The campaign's recorded elective choices: group indicator id → chosen option ids (a group absent: all count). */
  choices: Map<string, string[]>;
  /** The same choices with who chose each option and when, group indicator id → one per chosen option. */
  choiceRecords: Map<string, RecordedElectiveChoice[]>;
  /** What the campaign's task states mean (done, submitted, returned), from its task workflow. */
  taskStates: TaskStateKinds;
}

/** The same, with every task of the campaign (exports list them one by one). */
export interface CampaignScoringDataWithTasks extends CampaignScoringData {
  tasks: Task[];
}

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

@Injectable()
export class CampaignScoringReader {
  constructor(private readonly labels: WorkflowLabelsService) {}

  /**
   * Campaign id → the task workflow definition it pinned (never changes once set up): knowing it,
   * the campaign, its scores and its tasks counted per rule are one statement.
   */
  private readonly taskDefinitions = new ImmutableCache<string, string>(20_000);

  /**
   * For the score screens: the campaign as CampaignsService.get lets the caller read it
   * (`organisationScope`: the actor's, null for no limit) with everything its scores need, or
   * null. One statement once this process knows the campaign's task workflow, two the first time.
   */
  async readFor(em: EntityManager, campaignId: string, organisationScope: string | null, now: Date = new Date()): Promise<CampaignScoringData | null> {
    const today = todayInChina(now);
    const known = this.taskDefinitions.get(campaignId);
    const read = (taskStates: TaskStateKinds | null) => readCampaignScores(em, { campaignId, organisationId: organisationScope, today, taskStates });
    let scores = await read(known ? (await this.labels.of(known)).taskStates : null);
    if (!scores) return null;
    this.taskDefinitions.set(campaignId, scores.campaign.taskWorkflowDefinitionId);
    const { taskStates } = await this.labels.of(scores.campaign.taskWorkflowDefinitionId);
    if (!scores.progress) scores = (await read(taskStates)) ?? scores;
    return this.assemble(em, scores.campaign, scores, scores.progress ?? new Map(), taskStates, today);
  }

  /**
   * For a caller that holds the campaign (a transition's snapshot, in its transaction): the same
   * statement without an access limit; the tasks are counted per rule in SQL, never hydrated.
   */
  async read(em: EntityManager, campaign: ScoredCampaign, now: Date = new Date()): Promise<CampaignScoringData> {
    const today = todayInChina(now);
    const { taskStates } = await this.labels.of(campaign.taskWorkflowDefinitionId);
    const scores = await readCampaignScores(em, { campaignId: campaign.id, organisationId: null, today, taskStates });
    if (!scores) throw campaignNotFound(campaign.id);
    return this.assemble(em, campaign, scores, scores.progress ?? new Map(), taskStates, today);
  }

  /** For exports: the same, and every task with its department. */
  async readWithTasks(em: EntityManager, campaign: ScoredCampaign, now: Date = new Date()): Promise<CampaignScoringDataWithTasks> {
    const today = todayInChina(now);
    const { taskStates } = await this.labels.of(campaign.taskWorkflowDefinitionId);
    const scores = await readCampaignScores(em, { campaignId: campaign.id, organisationId: null, today, taskStates: null });
    if (!scores) throw campaignNotFound(campaign.id);
    const tasks = await em.find(Task, { campaign: campaign.id }, { populate: ['department'], orderBy: { position: 'asc' } });
    const progress = new Map<string, RuleProgress>();
    for (const task of tasks) {
      const entry = progress.get(task.scoringRule.id) ?? { tasks: 0, approved: 0, late: 0, returned: 0, departments: [] };
      entry.tasks += 1;
      if (taskStates.done.has(task.state)) entry.approved += 1;
      const late = isLate(task, today, taskStates);
      if (late) entry.late += 1;
      const returned = taskStates.returned.has(task.state);
      if (returned) entry.returned += 1;
      if (late || returned) entry.departments?.push(task.department.getEntity().name);
      progress.set(task.scoringRule.id, entry);
    }
    return { ...(await this.assemble(em, campaign, scores, progress, taskStates, today)), tasks };
  }

  /** Indicator-system id → its structure; snapshots never change once written (bounded: ~100 KB each). */
  private readonly structures = new ImmutableCache<string, SnapshotStructure>(500);

  /** For a writer that ever changes a stored indicator system in place (none does: see IndicatorSystemsService.forgetAll). */
  forgetStructure(systemId: string): void {
    this.structures.delete(systemId);
  }

  private async assemble(
    em: EntityManager,
    campaign: ScoredCampaign,
    scores: CampaignScoresRead,
    progress: Map<string, RuleProgress>,
    taskStates: TaskStateKinds,
    today: string,
  ): Promise<CampaignScoringData> {
    const structure = await this.structureOf(em, campaign.indicatorSystem.id);
    const choices = new Map<string, string[]>();
    const choiceRecords = new Map<string, RecordedElectiveChoice[]>();
    for (const row of scores.choices) {
      choices.set(row.groupId, [...(choices.get(row.groupId) ?? []), row.optionId]);
      choiceRecords.set(row.groupId, [...(choiceRecords.get(row.groupId) ?? []), { chosenBy: row.chosenByName, chosenAt: new Date(row.chosenAt) }]);
    }
    return { campaign, system: structure.system, indicators: structure.indicators, rules: structure.rules, current: scores.current, progress, today, choices, choiceRecords, taskStates };
  }

  private async structureOf(em: EntityManager, systemId: string): Promise<SnapshotStructure> {
    const cached = this.structures.get(systemId);
    if (cached) return cached;
    // One statement each; sequential, so that it also runs inside a caller's transaction.
    const indicatorRows = await em.find(Indicator, { system: systemId }, { orderBy: { level: 'asc', sortOrder: 'asc' } });
    const ruleRows = await em.find(ScoringRule, { indicator: { system: systemId } }, { orderBy: { sortOrder: 'asc' } });
    const stored = await em.findOneOrFail(IndicatorSystem, { id: systemId });
    const childrenOf = new Map<string | null, Indicator[]>();
    for (const indicator of indicatorRows) {
      const parent = indicator.parent?.id ?? null;
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), indicator]);
    }
    const rulesOf = new Map<string, ScoringRule[]>();
    for (const rule of ruleRows) rulesOf.set(rule.indicator.id, [...(rulesOf.get(rule.indicator.id) ?? []), rule]);
    const plainRule = (rule: ScoringRule): SnapshotRule => ({ id: rule.id, code: rule.code, text: rule.text, kind: rule.kind, points: rule.points, params: rule.params, note: rule.note });

    const indicators: CampaignScoringData['indicators'] = [];
    const rules: CampaignScoringData['rules'] = [];
    const build = (entity: Indicator, level: number, parentCode: string | null): SystemIndicator => {
      const indicator: SnapshotIndicator = { id: entity.id, code: entity.code, title: entity.title, maxScore: entity.maxScore };
      indicators.push({ indicator, level, parentCode });
      const own = rulesOf.get(entity.id) ?? [];
      own.forEach((rule) => rules.push({ rule: plainRule(rule), indicator }));
      return {
        id: entity.id,
        code: entity.code,
        title: entity.title,
        maxScore: toNumber(entity.maxScore),
        rules: own.map((rule) => ({ id: rule.id, code: rule.code, text: rule.text, points: Number(rule.points), params: rule.params })),
        children: (childrenOf.get(entity.id) ?? []).map((child) => build(child, level + 1, entity.code)),
        weight: toNumber(entity.weight),
        scoringMode: entity.scoringMode ?? null,
        elective: entity.elective ?? null,
      };
    };
    const top = (childrenOf.get(null) ?? []).map((indicator) => build(indicator, 1, null));
    const system: ScoringSystem = { totalScore: toNumber(stored.totalScore), indicators: top, scoringMode: stored.scoringMode ?? null, verdicts: stored.verdicts ?? null };
    const structure: SnapshotStructure = { system, indicators, rules };
    this.structures.set(systemId, structure);
    return structure;
  }
}

/** True when a task is late on `today` (YYYY-MM-DD). */
export function isLate(task: Pick<Task, 'dueOn' | 'state'>, today: string, states: TaskStateKinds): boolean {
  return task.dueOn < today && !notLate(states).has(task.state);
}
