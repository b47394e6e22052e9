import { computed, reactive, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useAllPages } from '../../../composables/use-all-pages';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { TaskTableDocument } from '../../../graphql/generated/graphql';
import { NO_FILTERS, departmentOptions, filterTasks, indicatorOptions, toRows, type TaskFilters } from './task-table.model';

/**
 * The task table (任务分解表): every task of the campaign in the paper table's order, filtered in
 * the browser (indicator, department, state, overdue, search); the filters live in the address.
 */
export function useTaskTable() {
  const route = useRoute();
  const router = useRouter();
  const campaign = useCurrentCampaign();
  const pages = useAllPages(TaskTableDocument, (data) => data.tasks);
  const q = (key: string) => (typeof route.query[key] === 'string' ? (route.query[key] as string) : '');
  const fromAddress = (): TaskFilters => ({
    ...NO_FILTERS,
    indicator: q('indicator'),
    department: q('department'),
    state: q('state'),
    overdueOnly: q('overdue') === '1',
    search: q('q'),
  });
  const filters = reactive<TaskFilters>(fromAddress());
  // Links into the table (the dashboard's bars) change the address while the page is open.
  watch(
    () => route.query,
    () => {
      const wanted = fromAddress();
      if (wanted.search.trim() !== filters.search.trim() || (Object.keys(wanted) as (keyof TaskFilters)[]).some((k) => k !== 'search' && wanted[k] !== filters[k])) Object.assign(filters, wanted);
    },
  );

  watch(campaign.currentId, (id) => id && void pages.load({ campaignId: id }), { immediate: true });
  watch(
    () => ({ ...filters }),
    (f) => {
      const query: Record<string, string> = {};
      if (route.query['campaign']) query['campaign'] = String(route.query['campaign']);
      if (f.indicator) query['indicator'] = f.indicator;
      if (f.department) query['department'] = f.department;
      if (f.state) query['state'] = f.state;
      if (f.overdueOnly) query['overdue'] = '1';
      if (f.search.trim()) query['q'] = f.search.trim();
      void router.replace({ query });
    },
  );

  const filtered = computed(() => filterTasks(pages.nodes.value, filters));
  const rows = computed(() => toRows(filtered.value));
  const indicators = computed(() => indicatorOptions(pages.nodes.value));
  const departments = computed(() => departmentOptions(pages.nodes.value));

  function reset(): void {
    Object.assign(filters, NO_FILTERS);
  }

  return {
    filters,
    rows,
    total: pages.totalCount,
    indicators,
    departments,
    loading: pages.loading,
    errorMessage: pages.errorMessage,
    reload: () => campaign.currentId.value && void pages.load({ campaignId: campaign.currentId.value }),
    reset,
  };
}
