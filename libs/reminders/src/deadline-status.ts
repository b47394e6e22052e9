import { daysBetween } from '@accredit/calendar-date';

/** Traffic light of a task's due date: red when past, yellow within the warning window. */
export type DeadlineStatus = 'done' | 'overdue' | 'due-soon' | 'on-track';

export const DEADLINE_LABELS: Record<DeadlineStatus, string> = {
  done: '已完成',
  overdue: '已逾期',
  'due-soon': '即将到期',
  'on-track': '正常',
};

/** Whole days from `today` to `dueOn` (both YYYY-MM-DD); negative when past. */
export function daysUntil(dueOn: string, today: string): number {
  return daysBetween(today, dueOn);
}

export function deadlineStatus(dueOn: string, today: string, finished: boolean, warningDays: number): DeadlineStatus {
  if (finished) return 'done';
  const days = daysUntil(dueOn, today);
  if (days < 0) return 'overdue';
  if (days <= warningDays) return 'due-soon';
  return 'on-track';
}
