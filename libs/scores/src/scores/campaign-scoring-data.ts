import { Injectable } from '@nestjs/common';
import { ImmutableCache } from '@accredit/api-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleProgress, ScoringSystem, SystemIndicator } from '@accredit/scoring';
import type { TaskStateKinds } from '@accredit/workflow-engine';
import type { Campaign } from '@accredit/campaigns';
import { Indicator, IndicatorSystem, type RecordedElectiveChoice, ScoringRule } from '@accredit/indicator-systems';
import { Task } from '@accredit/tasks';
import { type CurrentScore, countTasksPerRule, readCurrentScores } from './scoring-statements';
import type { ScoreSource } from './score-source';
import { WorkflowLabelsService } from '../workflow-labels.service';

/**
 * A task past its due date is late unless it is done or waiting on the office (submitted); which
 * states those are is the campaign's task workflow's to say (taskStateKinds).
 */
const notLate = (states: TaskStateKinds): ReadonlySet<string> => new Set([...states.done, ...states.submitted]);

/** Today in China (UTC+8) as YYYY-MM-DD: due dates are calendar days there. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

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
  campaign: Campaign;
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
   * For the scoreboard: the tasks are counted per rule in SQL (tasks, approved, late, returned,
   * and the departments of late or returned ones), never hydrated.
   */
  async read(em: EntityManager, campaign: Campaign, now: Date = new Date()): Promise<CampaignScoringData> {
    // The counts need only the task workflow's states (cached per definition) and today, not the
    // scores: outside a transaction both go to the database at once, a round trip less per
    // request; in a caller's transaction (one connection) they run one after the other.
    const counts = async () => this.countTasks(em, campaign, (await this.labels.of(campaign.taskWorkflowDefinitionId)).taskStates, chinaToday(now));
    if (em.isInTransaction()) {
      const base = await this.readSystemAndScores(em, campaign, now);
      return { ...base, progress: await counts() };
    }
    const [base, progress] = await Promise.all([this.readSystemAndScores(em, campaign, now), counts()]);
    return { ...base, progress };
  }

  private countTasks(em: EntityManager, campaign: Campaign, taskStates: TaskStateKinds, today: string): Promise<Map<string, RuleProgress>> {
    return countTasksPerRule(em, {
      campaignId: campaign.id,
      organisationId: campaign.organisation.id,
      today,
      done: [...taskStates.done],
      notLate: [...notLate(taskStates)],
      returned: [...taskStates.returned],
    });
  }

  /** For exports: the same, and every task with its department. */
  async readWithTasks(em: EntityManager, campaign: Campaign, now: Date = new Date()): Promise<CampaignScoringDataWithTasks> {
    const base = await this.readSystemAndScores(em, campaign, now);
    const tasks = await em.find(Task, { campaign: campaign.id }, { populate: ['department'], orderBy: { position: 'asc' } });
    const progress = new Map<string, RuleProgress>();
    for (const task of tasks) {
      const entry = progress.get(task.scoringRule.id) ?? { tasks: 0, approved: 0, late: 0, returned: 0, departments: [] };
      entry.tasks += 1;
      if (base.taskStates.done.has(task.state)) entry.approved += 1;
      const late = isLate(task, base.today, base.taskStates);
      if (late) entry.late += 1;
      const returned = base.taskStates.returned.has(task.state);
      if (returned) entry.returned += 1;
      if (late || returned) entry.departments?.push(task.department.getEntity().name);
      progress.set(task.scoringRule.id, entry);
    }
    return { ...base, tasks, progress };
  }

  /** Indicator-system id → its structure; snapshots never change once written (bounded: ~100 KB each). */
  private readonly structures = new ImmutableCache<string, SnapshotStructure>(500);

  /** For a writer that ever changes a stored indicator system in place (none does: see IndicatorSystemsService.forgetAll). */
  forgetStructure(systemId: string): void {
    this.structures.delete(systemId);
  }

  private async readSystemAndScores(em: EntityManager, campaign: Campaign, now: Date): Promise<Omit<CampaignScoringData, 'progress'>> {
    const structure = await this.structureOf(em, campaign.indicatorSystem.id);
    const current = await readCurrentScores(em, campaign.id);
    // Choices matter only where the system has elective groups: no statement otherwise.
    // The table is campaign-setup's (it records the choices); read here so that scores need not depend on it.
    const choices = new Map<string, string[]>();
    const choiceRecords = new Map<string, RecordedElectiveChoice[]>();
    if (hasElectiveGroup(structure.system.indicators)) {
      const rows = await em
        .getConnection()
        .execute<{ group_id: string; option_id: string; chosen_by_name: string; chosen_at: Date }[]>('select group_id, option_id, chosen_by_name, chosen_at from campaign_elective_choice where campaign_id = ?', [campaign.id]);
      for (const row of rows) {
        choices.set(row.group_id, [...(choices.get(row.group_id) ?? []), row.option_id]);
        choiceRecords.set(row.group_id, [...(choiceRecords.get(row.group_id) ?? []), { chosenBy: row.chosen_by_name, chosenAt: new Date(row.chosen_at) }]);
      }
    }
    const { taskStates } = await this.labels.of(campaign.taskWorkflowDefinitionId);
    return { campaign, system: structure.system, indicators: structure.indicators, rules: structure.rules, current, today: chinaToday(now), choices, choiceRecords, taskStates };
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

type SystemNode = ScoringSystem['indicators'][number];
const hasElectiveGroup = (nodes: readonly SystemNode[]): boolean => nodes.some((node) => !!node.elective || hasElectiveGroup(node.children as readonly SystemNode[]));

/** True when a task is late on `today` (YYYY-MM-DD). */
export function isLate(task: Pick<Task, 'dueOn' | 'state'>, today: string, states: TaskStateKinds): boolean {
  return task.dueOn < today && !notLate(states).has(task.state);
}
