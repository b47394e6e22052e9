import type { WorkFilter } from '../task-list.model';
import { useWorkList } from '../use-work-list';

/** The office admin's queue: every submitted task, the longest-waiting due date first. */
export function useReviewQueue() {
  const list = useWorkList('review', { state: 'submitted', initialFilter: 'all' });
  const filters: ReadonlyArray<{ value: WorkFilter; label: string }> = [{ value: 'all', label: '待审核' }];
  return { list, filters };
}
