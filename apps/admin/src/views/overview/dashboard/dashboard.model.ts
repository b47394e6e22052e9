import { tr } from '../../../plugins/i18n';
import { daysBetween } from '@accredit/calendar-date';
import { formatFullDate } from '../../../domain/chinese-date';
import { phaseStatus, type PhaseStatus } from '../../../domain/campaign-phase';

// The dashboard's figures, pure: the phase bar with today on it, points at risk, the ranking.

export interface PlannedPhase {
  key: string;
  name: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface PhaseSegment {
  key: string;
  name: string;
  /** Position on the bar, in percent. */
  left: number;
  width: number;
  status: PhaseStatus;
  startsOn: string;
  endsOn: string;
}

export interface PhaseBar {
  segments: PhaseSegment[];
  /** Today's place on the bar (percent), clamped to the bar. */
  todayLeft: number;
  /** Where today is against the plan. */
  todayWhere: 'before' | 'inside' | 'after';
  todayText: string;
}

/** Phases laid on one time axis from the first start to the last end, and today on it. */
export function phaseBar(phases: readonly PlannedPhase[], today: string): PhaseBar | null {
  const planned = phases.filter((p): p is PlannedPhase & { startsOn: string; endsOn: string } => Boolean(p.startsOn && p.endsOn));
  if (!planned.length) return null;
  const start = planned.map((p) => p.startsOn).sort()[0]!;
  const end = planned
    .map((p) => p.endsOn)
    .sort()
    .at(-1)!;
  const span = Math.max(1, daysBetween(start, end) + 1);
  const at = (date: string) => (daysBetween(start, date) / span) * 100;
  const segments = planned.map((p) => ({
    key: p.key,
    name: p.name,
    left: at(p.startsOn),
    width: ((daysBetween(p.startsOn, p.endsOn) + 1) / span) * 100,
    status: phaseStatus(p, today),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  }));
  const raw = at(today);
  const todayWhere = today < start ? 'before' : today > end ? 'after' : 'inside';
  const todayText =
    todayWhere === 'after'
      ? tr('overview.dashboard.phase.after', { date: formatFullDate(today), end: formatFullDate(end), n: daysBetween(end, today) })
      : todayWhere === 'before'
        ? tr('overview.dashboard.phase.before', { date: formatFullDate(today), n: daysBetween(today, start) })
        : tr('overview.dashboard.phase.today', { date: formatFullDate(today) });
  return { segments, todayLeft: Math.min(100, Math.max(0, raw)), todayWhere, todayText };
}

export function sumPoints(rows: ReadonlyArray<{ points: number }>): number {
  return Math.round(rows.reduce((s, r) => s + r.points, 0) * 100) / 100;
}

/**
 * 红榜 and 黑榜 as the API marks them (`board`; the rule is the API's: libs/reporting/src/ranking.ts):
 * the 红榜 best first, the 黑榜 worst first.
 */
export function redAndBlack<T extends { rank: number; board?: string | null }>(rows: readonly T[]): { red: T[]; black: T[] } {
  const ordered = [...rows].sort((a, b) => a.rank - b.rank);
  return { red: ordered.filter((r) => r.board === 'red'), black: ordered.filter((r) => r.board === 'black').reverse() };
}

export function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}
