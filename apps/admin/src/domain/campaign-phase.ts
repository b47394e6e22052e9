// Where a campaign phase stands against today. Phases are planned by the month
// (筹备阶段 2021年12月—2022年3月), so they are compared by month: a phase whose end is
// written as the 1st or the 31st of March is still running throughout March.

import { tr } from '../plugins/i18n';

export type PhaseStatus = 'done' | 'current' | 'upcoming' | 'unscheduled';

// Read in the current interface language each time (getters), so that a switch shows at once.
export const PHASE_STATUS_LABELS: Readonly<Record<PhaseStatus, string>> = {
  get done() {
    return tr('domain.phase.done');
  },
  get current() {
    return tr('domain.phase.current');
  },
  get upcoming() {
    return tr('domain.phase.upcoming');
  },
  get unscheduled() {
    return tr('domain.phase.unscheduled');
  },
};

interface PlannedSpan {
  startsOn?: string | null;
  endsOn?: string | null;
}

const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** A phase with only one end planned is placed by that end; one with none is unscheduled. */
export function phaseStatus(phase: PlannedSpan, todayIso: string): PhaseStatus {
  if (!phase.startsOn && !phase.endsOn) return 'unscheduled';
  const today = monthOf(todayIso);
  if (phase.startsOn && today < monthOf(phase.startsOn)) return 'upcoming';
  if (phase.endsOn && today > monthOf(phase.endsOn)) return 'done';
  return 'current';
}
