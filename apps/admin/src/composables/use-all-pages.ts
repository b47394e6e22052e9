import { useApolloClient } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@apollo/client/core';
import { computed, ref, shallowRef, watch } from 'vue';
import { errorMessageOf } from './notify';

interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

/** The server's largest page (MAX_PAGE_SIZE in libs/api-kit/src/pagination.ts). */
export const LARGEST_PAGE = 100;

type PageVariables = { first?: number | null; after?: string | null };

/**
 * Reads every page of a connection (100 at a time, the server's largest page) into one list: the task table and the work
 * lists show all rows at once, virtualised, and filter them in the browser. `maxRows`: stop after that many (a
 * platform-wide list of the country's units, narrowed by a search on the server instead); `truncated` then says so.
 */
export function useAllPages<Q, V extends PageVariables, N>(document: TypedDocumentNode<Q, V>, connectionOf: (data: Q) => Connection<N>, maxRows: () => number = () => Number.POSITIVE_INFINITY) {
  const { resolveClient } = useApolloClient();
  const nodes = shallowRef<N[]>([]);
  const totalCount = ref(0);
  const loading = ref(false);
  const errorMessage = ref<string | null>(null);
  let generation = 0;

  /**
   * Reads every page again. `quiet` (a change announced by the API, the window back in view):
   * the rows stay on screen meanwhile, with no spinner, and a failure keeps them without a message.
   */
  async function load(variables: Omit<V, 'first' | 'after'>, options: { quiet?: boolean } = {}): Promise<void> {
    const quiet = options.quiet === true && nodes.value.length > 0;
    const mine = ++generation;
    if (!quiet) {
      loading.value = true;
      errorMessage.value = null;
    }
    try {
      const all: N[] = [];
      let after: string | null = null;
      for (let page = 0; page < 500; page++) {
        const { data }: { data: Q } = await resolveClient().query({
          query: document,
          variables: { ...variables, first: LARGEST_PAGE, after } as unknown as V,
          fetchPolicy: 'network-only',
        });
        const connection = connectionOf(data);
        all.push(...connection.edges.map((edge) => edge.node));
        totalCount.value = connection.totalCount;
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || all.length >= maxRows()) break;
        after = connection.pageInfo.endCursor;
      }
      if (mine === generation) {
        nodes.value = all;
        errorMessage.value = null;
      }
    } catch (error) {
      if (mine === generation && !quiet) {
        errorMessage.value = errorMessageOf(error);
        ElMessage.error({ message: errorMessage.value, grouping: true });
      }
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Shows a changed row at once (a transition's answer), before the next read confirms it. */
  function patch(matches: (node: N) => boolean, update: (node: N) => N): void {
    if (nodes.value.some(matches)) nodes.value = nodes.value.map((node) => (matches(node) ? update(node) : node));
  }

  return { nodes, totalCount, truncated: computed(() => totalCount.value > nodes.value.length), loading, errorMessage, load, patch };
}

/**
 * useAllPages read at once and again whenever `variables` change; null: nothing to read yet (a
 * picker waiting for its organisation). For the directory pickers, whose lists are one
 * organisation's (63 departments in the seeded district): one request in the usual case.
 */
export function useAllPagesOf<Q, V extends PageVariables, N>(
  document: TypedDocumentNode<Q, V>,
  connectionOf: (data: Q) => Connection<N>,
  variables: () => Omit<V, 'first' | 'after'> | null,
  maxRows?: () => number,
) {
  const pages = useAllPages(document, connectionOf, maxRows);
  const reload = async (): Promise<void> => {
    const current = variables();
    if (current) await pages.load(current);
    else pages.nodes.value = [];
  };
  watch(
    () => JSON.stringify(variables()),
    () => void reload(),
    { immediate: true },
  );
  return { ...pages, reload };
}
