// The traffic light of a due date: the API says where a task stands (deadlineStatus, daysUntilDue);
// the admin shows it as a red (overdue), yellow (due soon) or green (on track) light, grey once done.

export type DeadlineStatus = 'overdue' | 'due-soon' | 'on-track' | 'done';

export interface DeadlineLight {
  status: DeadlineStatus;
  color: string;
  /** 逾期 12 天 / 还剩 3 天 / 今天到期 / 已完成 */
  text: string;
}

const COLORS: Readonly<Record<DeadlineStatus, string>> = {
  overdue: '#c81e1e',
  'due-soon': '#e6a23c',
  'on-track': '#2f9e44',
  done: '#a8abb2',
};

export function asDeadlineStatus(value: string): DeadlineStatus {
  return value === 'overdue' || value === 'due-soon' || value === 'done' ? value : 'on-track';
}

export function deadlineLight(status: string, daysUntilDue: number): DeadlineLight {
  const s = asDeadlineStatus(status);
  let text: string;
  if (s === 'done') text = '已完成';
  else if (daysUntilDue < 0) text = `逾期 ${-daysUntilDue} 天`;
  else if (daysUntilDue === 0) text = '今天到期';
  else text = `还剩 ${daysUntilDue} 天`;
  return { status: s, color: COLORS[s], text };
}
