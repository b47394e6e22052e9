import type { WorkFilter } from '../task-list.model';
import { useWorkList } from '../use-work-list';

/** A liaison's own department's tasks (the API gives no other), to-do first; filtered by what each state means. */
export function useMyTasks() {
  const list = useWorkList('my-tasks', { initialFilter: 'todo' });
  const filters: ReadonlyArray<{ value: WorkFilter; label: string }> = [
    { value: 'todo', label: '待办' },
    { value: 'returned', label: '已退回' },
    { value: 'submitted', label: '已提交' },
    { value: 'done', label: '已完成' },
    { value: 'all', label: '全部' },
  ];
  return { list, filters };
}
