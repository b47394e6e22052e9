import { tr } from '../../../plugins/i18n';
import type { WorkFilter } from '../task-list.model';
import { useWorkList } from '../use-work-list';

/** The office admin's queue: every task in a state its workflow declares reviewQueue, the longest-waiting due date first. */
export function useReviewQueue() {
  const list = useWorkList('review', { reviewQueue: true, initialFilter: 'all' });
  const filters: ReadonlyArray<{ value: WorkFilter; label: string }> = [
    {
      value: 'all',
      get label() {
        return tr('work.filter.queue');
      },
    },
  ];
  return { list, filters };
}
