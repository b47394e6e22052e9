import { tr } from '../../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { asApolloError } from '../../../composables/api-error-message';
import { useCurrentUser } from '../../../composables/use-current-user';
import { errorMessageOf } from '../../../composables/notify';
import { UploadWorkflowDefinitionDocument, WorkflowDefinitionsDocument } from '../../../graphql/generated/graphql';

export interface DefinitionProblem {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** The problems a refused upload lists (extensions.details.errors), each with its position. */
export function definitionProblemsOf(error: unknown): DefinitionProblem[] {
  const apollo = asApolloError(error);
  const details = apollo?.graphQLErrors[0]?.extensions?.['details'] as { errors?: unknown } | undefined;
  if (!Array.isArray(details?.errors)) return [];
  return details.errors
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ line: Number(e['line']) || 0, column: Number(e['column']) || 0, path: String(e['path'] ?? ''), message: String(e['message'] ?? '') }));
}

/** Workflow definitions: every version, its YAML and diagram; a new version uploaded and validated. */
export function useWorkflowDefinitions() {
  const { user } = useCurrentUser();
  // An office admin uploads their organisation's own versions; the platform's system admin the platform's defaults.
  const canUpload = computed(() => (user.value?.roles ?? []).some((role) => role === 'office_admin' || role === 'system_admin'));
  const canShare = computed(() => (user.value?.roles ?? []).includes('office_admin'));
  const query = useQuery(WorkflowDefinitionsDocument);
  const all = computed(() => query.result.value?.workflowDefinitions ?? []);
  const selectedId = ref<string | null>(null);
  watch(all, (list) => {
    if (!selectedId.value && list[0]) selectedId.value = list[0].id;
  });
  const selected = computed(() => all.value.find((d) => d.id === selectedId.value) ?? null);

  const upload = reactive({ open: false, fileName: '', source: '', shareWithDescendants: false, problems: [] as DefinitionProblem[], message: '' });
  const mutation = useMutation(UploadWorkflowDefinitionDocument);
  function startUpload(): void {
    const base = selected.value;
    Object.assign(upload, { open: true, fileName: base?.fileName ?? 'workflow.yaml', source: base?.source ?? '', shareWithDescendants: false, problems: [], message: '' });
  }
  async function readFile(file: File): Promise<void> {
    upload.fileName = file.name;
    upload.source = await file.text();
    upload.problems = [];
    upload.message = '';
  }
  async function submit(): Promise<void> {
    upload.problems = [];
    upload.message = '';
    try {
      const result = await mutation.mutate({ input: { source: upload.source, fileName: upload.fileName || null, shareWithDescendants: canShare.value ? upload.shareWithDescendants : null } });
      const saved = result?.data?.uploadWorkflowDefinition;
      if (!saved) return;
      ElMessage.success(tr('settings.wf.registeredMessage', { name: saved.name, n: saved.version }));
      upload.open = false;
      await query.refetch();
      selectedId.value = saved.id;
    } catch (error) {
      upload.problems = definitionProblemsOf(error);
      upload.message = upload.problems.length ? tr('settings.wf.failed', { n: upload.problems.length }) : errorMessageOf(error);
      ElMessage.error({ message: upload.problems.length ? upload.message : upload.message, grouping: true });
    }
  }

  return {
    canUpload,
    canShare,
    all,
    selectedId,
    selected,
    loading: query.loading,
    errorMessage: computed(() => (query.error.value ? errorMessageOf(query.error.value) : null)),
    upload,
    startUpload,
    readFile,
    submit,
    uploading: mutation.loading,
  };
}
