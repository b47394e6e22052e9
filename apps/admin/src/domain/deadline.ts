// The traffic light of a due date: the API says where a task stands (deadlineStatus, daysUntilDue);
// the admin shows it as a red (overdue), yellow (due soon) or green (on track) light, grey once done.
import type { DeadlineStatus } from '../graphql/generated/graphql';

/** The light's name on the page (its CSS modifier and data-deadline attribute). */
export type DeadlineLightStatus = 'overdue' | 'due-soon' | 'on-track' | 'done';

export interface DeadlineLight {
  status: DeadlineLightStatus;
  color: string;
  /** 逾期 12 天 / 还剩 3 天 / 今天到期 / 已完成 */
  text: string;
}

const LIGHTS: Readonly<Record<DeadlineStatus, DeadlineLightStatus>> = {
  overdue: 'overdue',
  due_soon: 'due-soon',
  on_track: 'on-track',
  done: 'done',
};

const COLORS: Readonly<Record<DeadlineLightStatus, string>> = {
  overdue: '#c81e1e',
  'due-soon': '#e6a23c',
  'on-track': '#2f9e44',
  done: '#a8abb2',
};

export function deadlineLight(status: DeadlineStatus, daysUntilDue: number): DeadlineLight {
  const light = LIGHTS[status];
  let text: string;
  if (light === 'done') text = '已完成';
  else if (daysUntilDue < 0) text = `逾期 ${-daysUntilDue} 天`;
  else if (daysUntilDue === 0) text = '今天到期';
  else text = `还剩 ${daysUntilDue} 天`;
  return { status: light, color: COLORS[light], text };
}
