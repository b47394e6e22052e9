import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { errorMessageOf } from '../../../composables/notify';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useDepartmentChoices } from '../../../composables/use-directory-lists';
import { TaskTableDocument, TaskTableFiltersDocument, type TaskTableQuery } from '../../../graphql/generated/graphql';
import type { TaskStateOption } from '../../../domain/task-state';
import { todayInChina } from '@accredit/calendar-date';
import { NO_FILTERS, PAGE_SIZE, toRows, toVariables, type Option, type TableTask, type TaskFilters, type TaskSort } from './task-table.model';

const SORTS: readonly TaskSort[] = ['TABLE', 'DUE_ON', 'DEPARTMENT'];

/**
 * The task table (任务分解表): the campaign's tasks filtered, sorted and paged by the API, 50 rows
 * at a time — the first page shows at once, the next loads as the table scrolls to its end. The
 * filters live in the address. Until the first answer there is no count and no "no results".
 */
export function useTaskTable() {
  const route = useRoute();
  const router = useRouter();
  const campaign = useCurrentCampaign();
  const { resolveClient } = useApolloClient();
  const q = (key: string) => (typeof route.query[key] === 'string' ? (route.query[key] as string) : '');
  const fromAddress = (): TaskFilters => ({
    ...NO_FILTERS,
    indicator: q('indicator'),
    department: q('department'),
    state: q('state'),
    overdueOnly: q('overdue') === '1',
    search: q('q'),
    sort: (SORTS as readonly string[]).includes(q('sort')) ? (q('sort') as TaskSort) : 'TABLE',
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
      if (f.sort !== 'TABLE') query['sort'] = f.sort;
      void router.replace({ query });
    },
  );

  // Typing searches once the typing pauses, not at every key.
  const search = ref(filters.search.trim());
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => filters.search,
    (value) => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => (search.value = value.trim()), 300);
    },
  );

  const nodes = shallowRef<TableTask[]>([]);
  /** null until the API has answered for the current filters. */
  const total = ref<number | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const errorMessage = ref<string | null>(null);
  let endCursor: string | null = null;
  let hasNextPage = false;
  let generation = 0;

  // The filters' choices: the campaign's task states, its top indicators, its organisation's departments.
  const choices = useQuery(
    TaskTableFiltersDocument,
    () => ({ campaignId: campaign.currentId.value ?? '' }),
    () => ({ enabled: !!campaign.currentId.value }),
  );
  const taskStates = computed<TaskStateOption[]>(() => choices.result.value?.campaign.taskStates ?? []);

  // "Overdue only" asks for the unfinished states, which the campaign's workflow names: it waits for them.
  const variables = computed(() => {
    const id = campaign.currentId.value;
    if (!id || (filters.overdueOnly && !choices.result.value)) return null;
    return toVariables(id, { ...filters, search: search.value }, todayInChina(), taskStates.value);
  });

  async function fetchPage(after: string | null): Promise<TaskTableQuery['tasks']> {
    const { data } = await resolveClient().query({
      query: TaskTableDocument,
      variables: { ...variables.value!, first: PAGE_SIZE, after },
      fetchPolicy: 'network-only',
    });
    return data.tasks;
  }

  async function reload(): Promise<void> {
    if (!variables.value) return;
    const mine = ++generation;
    loading.value = true;
    loadingMore.value = false;
    errorMessage.value = null;
    nodes.value = [];
    total.value = null;
    try {
      const page = await fetchPage(null);
      if (mine !== generation) return;
      nodes.value = page.edges.map((edge) => edge.node);
      total.value = page.totalCount;
      endCursor = page.pageInfo.endCursor ?? null;
      hasNextPage = page.pageInfo.hasNextPage && endCursor !== null;
    } catch (error) {
      if (mine === generation) {
        errorMessage.value = errorMessageOf(error);
        ElMessage.error({ message: errorMessage.value, grouping: true });
      }
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** The next page, when the table is scrolled to its end. */
  async function loadMore(): Promise<void> {
    if (!hasNextPage || loading.value || loadingMore.value) return;
    const mine = generation;
    loadingMore.value = true;
    try {
      const page = await fetchPage(endCursor);
      if (mine !== generation) return;
      nodes.value = [...nodes.value, ...page.edges.map((edge) => edge.node)];
      total.value = page.totalCount;
      endCursor = page.pageInfo.endCursor ?? null;
      hasNextPage = page.pageInfo.hasNextPage && endCursor !== null;
    } catch (error) {
      if (mine === generation) ElMessage.error({ message: errorMessageOf(error), grouping: true });
    } finally {
      if (mine === generation) loadingMore.value = false;
    }
  }

  watch(
    () => JSON.stringify(variables.value),
    () => void reload(),
    { immediate: true },
  );

  const organisationId = computed(() => choices.result.value?.campaign.organisation.id ?? null);
  const departmentChoices = useDepartmentChoices(
    () => organisationId.value,
    () => !!organisationId.value,
  );
  const indicators = computed<Option[]>(() => (choices.result.value?.campaign.indicators ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.title}` })));
  const departments = computed<Option[]>(() => departmentChoices.nodes.value.map((d) => ({ value: d.id, label: d.name })));
  /** The state filter: the campaign's task states under their workflow's labels, in the workflow's order. */
  const states = computed<Option[]>(() => taskStates.value.map((s) => ({ value: s.key, label: s.label })));

  const rows = computed(() => toRows(nodes.value));

  function reset(): void {
    Object.assign(filters, NO_FILTERS);
  }

  return {
    filters,
    rows,
    total,
    indicators,
    departments,
    states,
    loading,
    loadingMore,
    errorMessage,
    reload: () => void reload(),
    loadMore: () => void loadMore(),
    reset,
  };
}
