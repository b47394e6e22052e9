import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleProgress, ScoringSystem, SystemIndicator } from '@accredit/scoring';
import type { Campaign } from '@accredit/campaigns';
import { Indicator, IndicatorSystem, ScoringRule } from '@accredit/indicator-systems';
import { Task } from '@accredit/tasks';
import { Score } from './score.entity';
import type { ScoreSource } from './score-source';

/** Task states the scores read (keys of the task workflow, workflows/task.yaml). */
export const APPROVED_STATE = 'approved';
export const RETURNED_STATE = 'returned';
/** A task past its due date in any other state than these is late (submitted waits on the office). */
export const NOT_LATE_STATES: ReadonlySet<string> = new Set([APPROVED_STATE, 'submitted']);

/** Today in China (UTC+8) as YYYY-MM-DD: due dates are calendar days there. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Everything the scores of one campaign are computed from, read in a handful of queries. */
export interface CampaignScoringData {
  campaign: Campaign;
  system: ScoringSystem;
  /** Indicators in table order (depth first) with their level (1 = top). */
  indicators: { indicator: Indicator; level: number; parentCode: string | null }[];
  /** Rules in table order with their indicator. */
  rules: { rule: ScoringRule; indicator: Indicator }[];
  current: Record<ScoreSource, Map<string, Score>>;
  tasks: Task[];
  progress: Map<string, RuleProgress>;
  today: string;
}

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

@Injectable()
export class CampaignScoringReader {
  async read(em: EntityManager, campaign: Campaign, now: Date = new Date()): Promise<CampaignScoringData> {
    const systemId = campaign.indicatorSystem.id;
    // One statement each; sequential, so that it also runs inside a caller's transaction.
    const indicatorRows = await em.find(Indicator, { system: systemId }, { orderBy: { level: 'asc', sortOrder: 'asc' } });
    const ruleRows = await em.find(ScoringRule, { indicator: { system: systemId } }, { orderBy: { sortOrder: 'asc' } });
    const scoreRows = await em.find(Score, { campaign: campaign.id, supersededAt: null });
    const tasks = await em.find(Task, { campaign: campaign.id }, { populate: ['department'], orderBy: { position: 'asc' } });
    const childrenOf = new Map<string | null, Indicator[]>();
    for (const indicator of indicatorRows) {
      const parent = indicator.parent?.id ?? null;
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), indicator]);
    }
    const rulesOf = new Map<string, ScoringRule[]>();
    for (const rule of ruleRows) rulesOf.set(rule.indicator.id, [...(rulesOf.get(rule.indicator.id) ?? []), rule]);

    const indicators: CampaignScoringData['indicators'] = [];
    const rules: CampaignScoringData['rules'] = [];
    const build = (indicator: Indicator, level: number, parentCode: string | null): SystemIndicator => {
      indicators.push({ indicator, level, parentCode });
      const own = rulesOf.get(indicator.id) ?? [];
      own.forEach((rule) => rules.push({ rule, indicator }));
      return {
        id: indicator.id,
        code: indicator.code,
        title: indicator.title,
        maxScore: toNumber(indicator.maxScore),
        rules: own.map((rule) => ({ id: rule.id, code: rule.code, text: rule.text, points: Number(rule.points), params: rule.params })),
        children: (childrenOf.get(indicator.id) ?? []).map((child) => build(child, level + 1, indicator.code)),
        weight: toNumber(indicator.weight),
        scoringMode: indicator.scoringMode ?? null,
        elective: indicator.elective ?? null,
      };
    };
    const top = (childrenOf.get(null) ?? []).map((indicator) => build(indicator, 1, null));
    const stored = await em.findOneOrFail(IndicatorSystem, { id: systemId });
    const system: ScoringSystem = { totalScore: toNumber(stored.totalScore), indicators: top, scoringMode: stored.scoringMode ?? null, verdicts: stored.verdicts ?? null };

    const current: CampaignScoringData['current'] = { self: new Map(), expert: new Map() };
    for (const score of scoreRows) current[score.source].set(score.rule.id, score);

    const today = chinaToday(now);
    const progress = new Map<string, RuleProgress>();
    for (const task of tasks) {
      const entry = progress.get(task.scoringRule.id) ?? { tasks: 0, approved: 0, late: 0, returned: 0, departments: [] };
      entry.tasks += 1;
      if (task.state === APPROVED_STATE) entry.approved += 1;
      const late = isLate(task, today);
      if (late) entry.late += 1;
      if (task.state === RETURNED_STATE) entry.returned += 1;
      if (late || task.state === RETURNED_STATE) entry.departments?.push(task.department.getEntity().name);
      progress.set(task.scoringRule.id, entry);
    }
    return { campaign, system, indicators, rules, current, tasks, progress, today };
  }
}

/** True when a task is late on `today` (YYYY-MM-DD). */
export function isLate(task: Pick<Task, 'dueOn' | 'state'>, today: string): boolean {
  return task.dueOn < today && !NOT_LATE_STATES.has(task.state);
}
