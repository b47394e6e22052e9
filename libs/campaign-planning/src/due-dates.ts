import { isCalendarDate } from '@accredit/calendar-date';
import type { PlanProblem } from './phase-plan';

/** What a due-date override applies to: every task of an indicator (and below it), of a department, or of one rule. */
export type DueDateScope = 'indicator' | 'department' | 'rule';

export interface DueDateOverride {
  scope: DueDateScope;
  /** Indicator code (1, 1.2, A1 …), department id, or rule code (1.2 …) by scope. */
  target: string;
  dueOn: string;
}

/** Where a task sits, for matching overrides. */
export interface TaskPlace {
  /** Codes of its indicator and every ancestor, nearest first. */
  indicatorCodes: readonly string[];
  ruleCode: string;
  departmentId: string;
}

const SPECIFICITY: Record<DueDateScope, number> = { department: 1, indicator: 2, rule: 3 };

/**
 * A task's due date: the most specific override that matches it (rule over indicator over
 * department; for indicators the nearest one; among equals the last given), else the default.
 */
export function dueDateOf(place: TaskPlace, defaultDueOn: string, overrides: readonly DueDateOverride[]): string {
  let best: { rank: number; dueOn: string } | null = null;
  for (const override of overrides) {
    let rank = 0;
    if (override.scope === 'rule' && override.target === place.ruleCode) rank = SPECIFICITY.rule * 100;
    else if (override.scope === 'department' && override.target === place.departmentId) rank = SPECIFICITY.department * 100;
    else if (override.scope === 'indicator') {
      const depth = place.indicatorCodes.indexOf(override.target);
      if (depth >= 0) rank = SPECIFICITY.indicator * 100 + (99 - Math.min(depth, 99));
    }
    if (rank > 0 && (best === null || rank >= best.rank)) best = { rank, dueOn: override.dueOn };
  }
  return best?.dueOn ?? defaultDueOn;
}

/** Problems of overrides: real dates, a known scope, a target that exists (`exists` tells by scope). */
export function checkOverrides(overrides: readonly DueDateOverride[], exists: (scope: DueDateScope, target: string) => boolean): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const label: Record<DueDateScope, string> = { indicator: '指标', department: '部门', rule: '评分规则' };
  overrides.forEach((override, index) => {
    const at = `dueDates[${index}]`;
    if (!(override.scope in SPECIFICITY)) {
      problems.push({ code: 'BAD_SCOPE', at, message: `截止日期的范围「${override.scope}」无效，可用：indicator（指标）、department（部门）、rule（评分规则）` });
      return;
    }
    if (!isCalendarDate(override.dueOn))
      problems.push({ code: 'BAD_DATE', at, message: `${label[override.scope]}「${override.target}」的截止日期「${override.dueOn}」无效，请写成 2025-12-31 的形式` });
    if (!exists(override.scope, override.target)) problems.push({ code: 'UNKNOWN_TARGET', at, message: `要设截止日期的${label[override.scope]}「${override.target}」不在这个指标体系或本单位中` });
  });
  return problems;
}
