import { DEFAULT_VERDICT_SCALE } from './scoring-mode';
import { type RecordedScore, type ScoresByRule, type ScoringSystem, rulesInOrder, rulesWithMode } from './totals';

/** Where a rule's tasks stand (after group expansion: one task per department). */
export interface RuleProgress {
  tasks: number;
  approved: number;
  /** Tasks past their due date and not approved. */
  late: number;
  /** Tasks returned for rework. */
  returned: number;
  /** Names of the departments whose task is late or returned, for the list. */
  departments?: string[];
}

export type ProgressByRule = ReadonlyMap<string, RuleProgress>;

/** A rule counts towards the projection when it has tasks and all of them are approved. */
export function isRuleApproved(progress: RuleProgress | undefined): boolean {
  return progress !== undefined && progress.tasks > 0 && progress.approved === progress.tasks;
}

/**
 * The projected score of each rule: what the approved work would earn.
 * - A rule whose tasks are all approved counts at its self score, or at its maximum when it has
 *   no self score yet (approved work is assumed to earn full points until the office scores it).
 * - Any other rule (no tasks, or some task not approved) counts 0.
 * - A self-scored veto that was triggered stays triggered whatever the tasks' state.
 * - A checklist rule (judged with a verdict) likewise: approved work keeps its self verdict, or
 *   gets the best verdict of the scale until judged; other work has no verdict yet.
 * Feed the result to `totals` to get indicator and campaign projections with caps and vetoes.
 */
export function projectedScores(system: ScoringSystem, selfScores: ScoresByRule, progress: ProgressByRule): Map<string, RecordedScore> {
  const projected = new Map<string, RecordedScore>();
  const best = (system.verdicts ?? DEFAULT_VERDICT_SCALE).options[0]?.label ?? null;
  for (const { rule, judged } of rulesWithMode(system)) {
    const self = selfScores.get(rule.id);
    const approved = isRuleApproved(progress.get(rule.id));
    if (judged) projected.set(rule.id, { points: 0, vetoed: false, verdict: approved ? (self?.verdict ?? best) : null });
    else if (approved) projected.set(rule.id, self ? { points: self.points, vetoed: self.vetoed } : { points: rule.points, vetoed: false });
    else projected.set(rule.id, { points: 0, vetoed: self?.vetoed ?? false });
  }
  return projected;
}

export interface PointsAtRisk {
  ruleId: string;
  ruleCode: string;
  ruleText: string;
  indicatorCode: string;
  /** What the rule stands to lose: its self score when scored, else its maximum. */
  points: number;
  /** The rule is a veto: late or returned work there can fail the whole campaign. */
  veto: boolean;
  late: number;
  returned: number;
  departments: string[];
}

/**
 * Rules whose work is late or returned, with what they stand to lose: vetoes first (they can fail
 * the campaign), then the largest points first, then table order.
 */
export function pointsAtRisk(system: ScoringSystem, selfScores: ScoresByRule, progress: ProgressByRule): PointsAtRisk[] {
  const rows = rulesInOrder(system).flatMap(({ rule, indicator }, order) => {
    const state = progress.get(rule.id);
    if (!state || (state.late === 0 && state.returned === 0)) return [];
    const self = selfScores.get(rule.id);
    const veto = rule.params['kind'] === 'veto';
    return [
      {
        order,
        risk: {
          ruleId: rule.id,
          ruleCode: rule.code,
          ruleText: rule.text,
          indicatorCode: indicator.code,
          points: self ? self.points : rule.points,
          veto,
          late: state.late,
          returned: state.returned,
          departments: state.departments ?? [],
        },
      },
    ];
  });
  rows.sort((a, b) => Number(b.risk.veto) - Number(a.risk.veto) || b.risk.points - a.risk.points || a.order - b.order);
  return rows.map((row) => row.risk);
}
