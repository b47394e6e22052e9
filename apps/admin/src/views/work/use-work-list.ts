import { tr } from '../../plugins/i18n';
import { useApolloClient } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useAllPages } from '../../composables/use-all-pages';
import { useLiveChanges } from '../../composables/live-updates';
import { useCurrentCampaign } from '../../composables/use-current-campaign';
import { useIsPhone } from '../../composables/use-is-phone';
import { errorMessageOf } from '../../composables/notify';
import { TaskAvailableTransitionsDocument, TaskWorkListDocument, type TransitionMutation } from '../../graphql/generated/graphql';
import { byUrgency, countByFilter, matchesSearch, matchesWorkFilter, type WorkFilter, type WorkTask } from './task-list.model';

/**
 * A work list (my tasks, the review queue): every task of the campaign the API lets this user
 * see (a liaison: their department's; `reviewQueue` narrows it to what its workflow declares submitted for review), the one chosen in the address
 * (`/my-tasks/:taskId`), filters and search. A task id that is not in the list is asked of the
 * API, whose refusal (找不到任务…) is shown: a liaison cannot open another department's task.
 */
export function useWorkList(routeName: 'my-tasks' | 'review', options: { reviewQueue?: boolean; initialFilter: WorkFilter }) {
  const route = useRoute();
  const router = useRouter();
  const { resolveClient } = useApolloClient();
  const campaign = useCurrentCampaign();
  const pages = useAllPages(TaskWorkListDocument, (data) => data.tasks);
  const filter = ref<WorkFilter>(options.initialFilter);
  const search = ref('');
  const loadedOnce = ref(false);

  async function reload(quiet = false): Promise<void> {
    if (!campaign.currentId.value) return;
    await pages.load({ campaignId: campaign.currentId.value, reviewQueue: options.reviewQueue ?? null }, { quiet });
    loadedOnce.value = true;
  }
  watch(campaign.currentId, () => void reload(), { immediate: true });

  // Others' changes (an approval, a return, an upload) and the window back in view: read the
  // list again, keeping the rows on screen meanwhile; a burst of changes costs one read.
  let pending: ReturnType<typeof setTimeout> | null = null;
  function reloadSoon(): void {
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      void reload(true);
    }, 300);
  }
  useLiveChanges((change) => {
    if (change.kind === 'resync' || ('campaignId' in change && change.campaignId === campaign.currentId.value)) reloadSoon();
  });

  /** The first answer is in (or there is no campaign to read): counts and "none" may show. */
  const loaded = computed(() => loadedOnce.value || (!campaign.loading.value && campaign.currentId.value === null));
  const tasks = computed<WorkTask[]>(() => pages.nodes.value);
  const counts = computed(() => countByFilter(tasks.value));
  const shown = computed(() => byUrgency(tasks.value.filter((t) => matchesWorkFilter(t, filter.value) && matchesSearch(t, search.value))));

  const selectedId = computed(() => {
    const id = route.params['taskId'];
    return typeof id === 'string' && id ? id : null;
  });
  const selected = computed(() => tasks.value.find((t) => t.id === selectedId.value) ?? null);

  // Opening another task reads the list again too (at most every few seconds): what the user
  // looks at next is never older than what they just left.
  let lastSwitchReload = 0;
  watch(selectedId, (id, previous) => {
    if (!id || !previous || Date.now() - lastSwitchReload < 3000) return;
    lastSwitchReload = Date.now();
    reloadSoon();
  });

  /** Why the task in the address cannot be opened (the API's words). */
  const openError = ref<string | null>(null);
  watch(
    [selectedId, loadedOnce, () => pages.loading.value],
    async ([id, loaded, loading]) => {
      openError.value = null;
      if (!id || !loaded || loading || selected.value) return;
      try {
        await resolveClient().query({ query: TaskAvailableTransitionsDocument, variables: { id }, fetchPolicy: 'network-only' });
        openError.value = options.reviewQueue ? tr('work.notInQueue') : tr('work.notInList');
      } catch (error) {
        openError.value = errorMessageOf(error);
      }
      if (selectedId.value !== id) {
        openError.value = null;
        return;
      }
      ElMessage.error({ message: openError.value, grouping: true });
    },
    { immediate: true },
  );

  /**
   * After a transition: the changed task shows its new state and version at once (the
   * mutation's answer), then the list is read again; a task that left it gives way to the next.
   */
  async function afterChange(result?: TransitionMutation['transition'] | null): Promise<void> {
    const changed = result?.task;
    if (changed)
      pages.patch(
        (t) => t.id === changed.id,
        (t) => ({ ...t, ...changed }),
      );
    const index = shown.value.findIndex((t) => t.id === selectedId.value);
    const before = selectedId.value;
    await reload(true);
    if (selectedId.value !== before || selected.value) return;
    const next = shown.value[Math.max(0, Math.min(index, shown.value.length - 1))];
    await router.replace({ name: routeName, params: next ? { taskId: next.id } : {}, query: route.query });
  }

  function setSearch(value: string): void {
    search.value = value;
  }

  function setFilter(value: WorkFilter): void {
    filter.value = value;
  }

  function open(task: WorkTask): void {
    void router.push({ name: routeName, params: { taskId: task.id }, query: route.query });
  }

  /** Back from a task to the list (on a phone the two are separate steps). */
  function close(): void {
    void router.push({ name: routeName, query: route.query });
  }

  // Opening the page without a task opens the first one shown — beside the list; on a phone,
  // where the task would hide the list, the list comes first and the user picks.
  const isPhone = useIsPhone();
  watch(
    [shown, selectedId],
    ([list, id]) => {
      const first = list[0];
      if (!id && first && !isPhone.value) void router.replace({ name: routeName, params: { taskId: first.id }, query: route.query });
    },
    { flush: 'post' },
  );

  return {
    campaign,
    tasks,
    shown,
    counts,
    filter,
    search,
    selected,
    selectedId,
    openError,
    loaded,
    loading: pages.loading,
    errorMessage: pages.errorMessage,
    reload,
    afterChange,
    open,
    close,
    setSearch,
    setFilter,
  };
}
