// The traffic light of a due date: the API says where a task stands (deadlineStatus, daysUntilDue);
// the admin shows it as a red (overdue), yellow (due soon) or green (on track) light, grey once done.
import type { DeadlineStatus } from '../graphql/generated/graphql';
import { tr } from '../plugins/i18n';

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
  if (light === 'done') text = tr('domain.deadline.done');
  else if (daysUntilDue < 0) text = tr('domain.deadline.overdue', {}, -daysUntilDue);
  else if (daysUntilDue === 0) text = tr('domain.deadline.dueToday');
  else text = tr('domain.deadline.daysLeft', {}, daysUntilDue);
  return { status: light, color: COLORS[light], text };
}
