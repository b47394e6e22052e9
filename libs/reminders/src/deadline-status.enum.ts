import { registerEnumType } from '@nestjs/graphql';
import type { DeadlineStatus } from './deadline-status';

/**
 * The traffic light as a GraphQL enum. The stored/computed values keep their hyphens
 * ('due-soon'); GraphQL names cannot hold one, so the names use an underscore and the enum maps
 * them to the same values the services compute.
 */
export const DeadlineStatusEnum: Record<'done' | 'overdue' | 'due_soon' | 'on_track', DeadlineStatus> = {
  done: 'done',
  overdue: 'overdue',
  due_soon: 'due-soon',
  on_track: 'on-track',
};

registerEnumType(DeadlineStatusEnum, {
  name: 'DeadlineStatus',
  description: '任务的到期状态',
  valuesMap: {
    done: { description: '已完成' },
    overdue: { description: '已逾期（红）' },
    due_soon: { description: '即将到期（黄）' },
    on_track: { description: '正常' },
  },
});
