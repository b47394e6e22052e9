import { addDays, isCalendarDate } from '@accredit/calendar-date';

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
export type PlanProblemCode =
  'BAD_DATE' | 'DATES_IN_WRONG_ORDER' | 'PHASES_OVERLAP' | 'DUPLICATE_PHASE_KEY' | 'NO_PHASES' | 'BAD_DURATION' | 'UNKNOWN_TASK_PHASE' | 'BAD_SCOPE' | 'UNKNOWN_TARGET' | 'STEP_OUTSIDE_PHASE';

/** A step of a phase (工作步骤, e.g. 创建阶段 → 材料收集): its dates may still be open. */
export interface PlannedStep {
  key: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
}

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

/**
 * Problems of a phase's steps: each dated step real, starting no later than it ends, inside its
 * phase, and the steps in order without overlapping. A step without a date is fine (not planned
 * yet); one with only a start or an end is checked for what it has.
 */
export function checkSteps(phase: PlannedPhase, steps: readonly PlannedStep[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  let previous: { name: string; endsOn: string } | null = null;
  for (const step of steps) {
    const dates = [step.startsOn, step.endsOn].filter((date): date is string => date !== null && date !== '');
    const bad = dates.filter((date) => !isCalendarDate(date));
    if (bad.length > 0) {
      problems.push({ code: 'BAD_DATE', at: step.key, message: `「${phase.name}」中「${step.name}」的日期「${bad.join('、')}」无效，请写成 2025-12-31 的形式` });
      continue;
    }
    if (step.startsOn && step.endsOn && step.startsOn > step.endsOn) {
      problems.push({ code: 'DATES_IN_WRONG_ORDER', at: step.key, message: `「${phase.name}」中「${step.name}」的开始日期 ${step.startsOn} 晚于结束日期 ${step.endsOn}，请调换或改正` });
    }
    if (dates.some((date) => date < phase.startsOn || date > phase.endsOn)) {
      problems.push({
        code: 'STEP_OUTSIDE_PHASE',
        at: step.key,
        message: `「${step.name}」（${step.startsOn ?? '…'} 至 ${step.endsOn ?? '…'}）超出了「${phase.name}」（${phase.startsOn} 至 ${phase.endsOn}）：请让它落在本阶段之内，或先调整阶段日期`,
      });
    }
    if (previous && step.startsOn && step.startsOn <= previous.endsOn) {
      problems.push({
        code: 'PHASES_OVERLAP',
        at: step.key,
        message: `「${phase.name}」中「${step.name}」（${step.startsOn} 起）与前一步「${previous.name}」（至 ${previous.endsOn}）重叠：请让它在 ${addDays(previous.endsOn, 1)} 或之后开始`,
      });
    }
    if (step.endsOn) previous = { name: step.name, endsOn: step.endsOn };
  }
  problems.push(...duplicateKeys(steps));
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
