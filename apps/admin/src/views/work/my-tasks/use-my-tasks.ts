import { tr } from '../../../plugins/i18n';
import type { WorkFilter } from '../task-list.model';
import { useWorkList } from '../use-work-list';

/** A liaison's own department's tasks (the API gives no other), to-do first; filtered by what each state means. */
export function useMyTasks() {
  const list = useWorkList('my-tasks', { initialFilter: 'todo' });
  // Labels are read when shown, so that a language switch shows at once.
  const filter = (value: WorkFilter): { value: WorkFilter; label: string } => ({
    value,
    get label() {
      return tr(`work.filter.${value}`);
    },
  });
  const filters: ReadonlyArray<{ value: WorkFilter; label: string }> = [filter('todo'), filter('returned'), filter('submitted'), filter('done'), filter('all')];
  return { list, filters };
}
