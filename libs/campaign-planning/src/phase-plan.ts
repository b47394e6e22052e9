import { addDays, isCalendarDate } from './calendar-date';

/** A phase with planned dates (both days included). */
export interface PlannedPhase {
  key: string;
  name: string;
  startsOn: string;
  endsOn: string;
  description?: string | null;
}

/** A phase given by its length, for back-scheduling (倒排工期). */
export interface PhaseDuration {
  key: string;
  name: string;
  /** Length in days, at least 1 (both the first and the last day count). */
  days: number;
  description?: string | null;
}

/** Why a plan is refused: stable codes, the message says what to do (in Chinese). */
export type PlanProblemCode = 'BAD_DATE' | 'DATES_IN_WRONG_ORDER' | 'PHASES_OVERLAP' | 'DUPLICATE_PHASE_KEY' | 'NO_PHASES' | 'BAD_DURATION' | 'UNKNOWN_TASK_PHASE' | 'BAD_SCOPE' | 'UNKNOWN_TARGET';

export interface PlanProblem {
  code: PlanProblemCode;
  /** Which phase (its key) or field the problem is about. */
  at: string;
  message: string;
}

/**
 * Back-schedules phases from a target date: the last phase ends on the target (the accreditation
 * date), each phase ends the day before the next one starts, and each lasts its `days`.
 */
export function backSchedule(target: string, phases: readonly PhaseDuration[]): PlannedPhase[] {
  const planned: PlannedPhase[] = [];
  let endsOn = target;
  for (const phase of [...phases].reverse()) {
    const startsOn = addDays(endsOn, -(phase.days - 1));
    planned.unshift({ key: phase.key, name: phase.name, startsOn, endsOn, ...(phase.description ? { description: phase.description } : {}) });
    endsOn = addDays(startsOn, -1);
  }
  return planned;
}

/** Problems of phase durations before back-scheduling (empty when it can go ahead). */
export function checkDurations(target: string, phases: readonly PhaseDuration[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!isCalendarDate(target)) problems.push({ code: 'BAD_DATE', at: 'targetDate', message: `目标认定日期「${target}」不是有效日期，请写成 2025-12-31 的形式` });
  if (phases.length === 0) problems.push({ code: 'NO_PHASES', at: 'phases', message: '至少要有一个阶段' });
  for (const phase of phases) {
    if (!Number.isInteger(phase.days) || phase.days < 1 || phase.days > 3660) {
      problems.push({ code: 'BAD_DURATION', at: phase.key, message: `阶段「${phase.name}」的天数须为 1 到 3660 之间的整数，收到 ${phase.days}` });
    }
  }
  problems.push(...duplicateKeys(phases));
  return problems;
}

/**
 * Problems of phases with dates: each date real, each phase starting no later than it ends,
 * the phases in order without overlapping, keys unique, and the task phase among them.
 */
export function checkPhases(phases: readonly PlannedPhase[], taskPhaseKey?: string): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (phases.length === 0) problems.push({ code: 'NO_PHASES', at: 'phases', message: '至少要有一个阶段' });
  problems.push(...duplicateKeys(phases));
  let previous: PlannedPhase | null = null;
  for (const phase of phases) {
    const bad = [phase.startsOn, phase.endsOn].filter((date) => !isCalendarDate(date));
    if (bad.length > 0) {
      problems.push({ code: 'BAD_DATE', at: phase.key, message: `阶段「${phase.name}」的日期「${bad.join('、')}」无效，请写成 2025-12-31 的形式` });
      continue;
    }
    if (phase.startsOn > phase.endsOn) {
      problems.push({ code: 'DATES_IN_WRONG_ORDER', at: phase.key, message: `阶段「${phase.name}」的开始日期 ${phase.startsOn} 晚于结束日期 ${phase.endsOn}，请调换或改正` });
    }
    if (previous && phase.startsOn <= previous.endsOn) {
      problems.push({
        code: 'PHASES_OVERLAP',
        at: phase.key,
        message: `阶段「${phase.name}」（${phase.startsOn} 起）与前一阶段「${previous.name}」（至 ${previous.endsOn}）重叠：请让它在 ${addDays(previous.endsOn, 1)} 或之后开始`,
      });
    }
    previous = phase;
  }
  if (taskPhaseKey !== undefined && phases.length > 0 && !phases.some((phase) => phase.key === taskPhaseKey)) {
    problems.push({ code: 'UNKNOWN_TASK_PHASE', at: 'taskPhaseKey', message: `任务所在阶段「${taskPhaseKey}」不在阶段列表中，可选：${phases.map((phase) => phase.key).join('、')}` });
  }
  return problems;
}

/** The phase a date falls in, or null before the first / after the last / in a gap. */
export function phaseOn(phases: readonly PlannedPhase[], date: string): PlannedPhase | null {
  return phases.find((phase) => phase.startsOn <= date && date <= phase.endsOn) ?? null;
}

function duplicateKeys(phases: readonly { key: string; name: string }[]): PlanProblem[] {
  const seen = new Set<string>();
  const problems: PlanProblem[] = [];
  for (const phase of phases) {
    if (seen.has(phase.key)) problems.push({ code: 'DUPLICATE_PHASE_KEY', at: phase.key, message: `阶段键「${phase.key}」重复，每个阶段须有不同的键` });
    seen.add(phase.key);
  }
  return problems;
}
