import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { saveBlob } from '../../../composables/download-file';
import { errorMessageOf } from '../../../composables/notify';
import { useDepartmentChoices, useGroupChoices } from '../../../composables/use-directory-lists';
import {
  CheckIndicatorTemplateDocument,
  ExportIndicatorTemplateDocument,
  IndicatorTemplatesDocument,
  IndicatorTemplateVersionDocument,
  SaveIndicatorTemplateVersionDocument,
} from '../../../graphql/generated/graphql';
import { type EditorNode, type TemplateProblem, type TemplateTree, toEditorNodes, toTreeInput } from './template-editor.model';

/** How long the editor waits after the last change before asking the API for the problem list. */
export const CHECK_DELAY_MS = 300;

/**
 * The 指标体系 screen: the templates the organisation may use (with versions and source files),
 * one version's tree (`?template=<id>` in the address), and the editor — a working copy of the
 * nodes, checked by the API as it changes (the same problems as import), saved as a new version.
 */
export function useIndicatorTemplates() {
  const route = useRoute();
  const router = useRouter();
  const list = useQuery(IndicatorTemplatesDocument, null, { fetchPolicy: 'cache-and-network' });
  const templates = computed(() => list.result.value?.indicatorTemplates ?? []);
  const selectedId = computed(() => (typeof route.query['template'] === 'string' ? route.query['template'] : null));
  const version = useQuery(
    IndicatorTemplateVersionDocument,
    () => ({ id: selectedId.value ?? '' }),
    () => ({ enabled: !!selectedId.value, fetchPolicy: 'network-only' }),
  );
  const tree = computed<TemplateTree | null>(() => (selectedId.value ? (version.result.value?.indicatorTemplateVersion ?? null) : null));

  const departments = useDepartmentChoices();
  const groups = useGroupChoices();
  const unitNames = computed(() => [...departments.nodes.value.map((d) => d.name), ...groups.nodes.value.map((g) => g.name)]);

  const editing = ref(false);
  const nodes = shallowRef<EditorNode[]>([]);
  const name = ref('');
  const selectedKey = ref<string | null>(null);
  const problems = shallowRef<TemplateProblem[]>([]);
  const maxTotal = ref<number | null>(null);
  const checking = ref(false);
  const saving = ref(false);
  const errorMessage = ref<string | null>(null);
  const savedVersion = ref<number | null>(null);

  watch(
    tree,
    (value) => {
      if (!editing.value) {
        nodes.value = toEditorNodes(value?.nodes ?? []);
        name.value = value?.name ?? '';
        maxTotal.value = value?.maxTotal ?? null;
        problems.value = [];
      }
    },
    { immediate: true },
  );

  function open(id: string): void {
    editing.value = false;
    selectedKey.value = null;
    savedVersion.value = null;
    void router.push({ query: { ...route.query, template: id } });
  }

  const checkMutation = useMutation(CheckIndicatorTemplateDocument);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  async function check(): Promise<void> {
    if (!tree.value) return;
    const mine = ++asked;
    const read = toTreeInput(tree.value, nodes.value, name.value);
    if (!read.ok) {
      problems.value = read.problems;
      return;
    }
    checking.value = true;
    try {
      const answer = (await checkMutation.mutate({ input: read.input }))?.data?.checkIndicatorTemplate;
      if (answer && mine === asked) {
        problems.value = answer.problems;
        maxTotal.value = answer.maxTotal;
      }
    } catch (error) {
      if (mine === asked) errorMessage.value = errorMessageOf(error);
    } finally {
      if (mine === asked) checking.value = false;
    }
  }
  function scheduleCheck(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), CHECK_DELAY_MS);
  }
  onBeforeUnmount(() => clearTimeout(timer));

  function startEditing(): void {
    if (!tree.value) return;
    editing.value = true;
    errorMessage.value = null;
    savedVersion.value = null;
    void check();
  }

  function cancel(): void {
    editing.value = false;
    clearTimeout(timer);
    nodes.value = toEditorNodes(tree.value?.nodes ?? []);
    name.value = tree.value?.name ?? '';
    problems.value = [];
    errorMessage.value = null;
  }

  /** Every edit goes through here: the new list, then the live check. */
  function change(next: EditorNode[]): void {
    nodes.value = next;
    scheduleCheck();
  }
  function rename(next: string): void {
    name.value = next;
    scheduleCheck();
  }

  const saveMutation = useMutation(SaveIndicatorTemplateVersionDocument);
  const blocking = computed(() => problems.value.filter((p) => p.severity === 'error'));

  async function save(): Promise<void> {
    if (!tree.value) return;
    const read = toTreeInput(tree.value, nodes.value, name.value);
    if (!read.ok) {
      problems.value = read.problems;
      return;
    }
    saving.value = true;
    errorMessage.value = null;
    try {
      const saved = (await saveMutation.mutate({ input: read.input }))?.data?.saveIndicatorTemplateVersion;
      if (saved) {
        editing.value = false;
        savedVersion.value = saved.template.version;
        await list.refetch();
        await router.push({ query: { ...route.query, template: saved.template.id } });
      }
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      const details = (error as { graphQLErrors?: { extensions?: { details?: { problems?: TemplateProblem[] } } }[] }).graphQLErrors?.[0]?.extensions?.details;
      if (details?.problems) problems.value = details.problems;
    } finally {
      saving.value = false;
    }
  }

  const { resolveClient } = useApolloClient();
  const exporting = ref(false);
  /** Downloads the version as an .xlsx that import reads back to the same tree. */
  async function exportVersion(): Promise<void> {
    if (!selectedId.value) return;
    exporting.value = true;
    errorMessage.value = null;
    try {
      const file = (await resolveClient().query({ query: ExportIndicatorTemplateDocument, variables: { id: selectedId.value }, fetchPolicy: 'network-only' })).data.exportIndicatorTemplate;
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      saveBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), file.fileName);
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
    } finally {
      exporting.value = false;
    }
  }

  return {
    exporting,
    exportVersion,
    templates,
    listLoading: list.loading,
    listError: computed(() => (list.error.value ? errorMessageOf(list.error.value) : null)),
    selectedId,
    tree,
    treeLoading: version.loading,
    treeError: computed(() => (version.error.value ? errorMessageOf(version.error.value) : null)),
    unitNames,
    editing,
    nodes,
    name,
    selectedKey,
    problems,
    blocking,
    maxTotal,
    checking,
    saving,
    errorMessage,
    savedVersion,
    open,
    startEditing,
    cancel,
    change,
    rename,
    save,
  };
}
