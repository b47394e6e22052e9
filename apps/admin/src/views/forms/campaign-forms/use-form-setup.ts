import { allFields, parseFormDefinition, type DefinitionError, type FormDefinition } from '@accredit/forms/browser';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { apiErrorMessage, asApolloError } from '../../../composables/api-error-message';
import { errorMessageOf } from '../../../composables/notify';
import { definitionOf } from '../forms.model';
import { tr } from '../../../plugins/i18n';
import { FormDefinitionsDocument, SetCampaignFormsDocument, UploadFormDefinitionDocument } from '../../../graphql/generated/graphql';

/** A YAML file read in the browser: checked with the same parser the API uses before it is sent. */
export interface DefinitionDraft {
  fileName: string;
  source: string;
  definition: FormDefinition | null;
  errors: readonly DefinitionError[];
  /** The browser could not check it (the schema check compiles code, which a strict page policy may refuse): the API checks it on upload. */
  unchecked: boolean;
}

/**
 * Whether this page may check a definition itself. The schema check compiles a validator
 * (`new Function`), which a Content-Security-Policy without 'unsafe-eval' refuses — and reports as
 * a violation: the page's policy is read first (the API serves the admin with one), and where it
 * forbids that the API checks the definition on upload instead.
 */
let browserCheck: Promise<boolean> | null = null;
export function canCheckInBrowser(fetchImpl: typeof fetch = fetch): Promise<boolean> {
  browserCheck ??= fetchImpl(globalThis.location?.pathname ?? '/', { method: 'HEAD', credentials: 'same-origin' })
    .then((response) => evalAllowed(response.headers.get('content-security-policy')))
    .catch(() => true);
  return browserCheck;
}

/** Forgets the page's answer, as a new page load does (for the specs, which share one window). */
export function forgetBrowserCheck(): void {
  browserCheck = null;
}

export function evalAllowed(policy: string | null): boolean {
  if (!policy) return true;
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
  );
  const sources = directives.get('script-src') ?? directives.get('default-src');
  return !sources || sources.includes("'unsafe-eval'");
}

export function readDefinition(fileName: string, source: string, check = true): DefinitionDraft {
  if (!check) return { fileName, source, definition: null, errors: [], unchecked: true };
  try {
    const parsed = parseFormDefinition(source, fileName);
    return parsed.ok ? { fileName, source, definition: parsed.definition, errors: [], unchecked: false } : { fileName, source, definition: null, errors: parsed.errors, unchecked: false };
  } catch {
    return { fileName, source, definition: null, errors: [], unchecked: true };
  }
}

/** The definition errors the API listed with a refused upload (`extensions.details.errors`). */
function definitionErrorsOf(error: unknown): DefinitionError[] {
  const apollo = asApolloError(error);
  return (apollo?.graphQLErrors ?? []).flatMap((e) => {
    const details = (e.extensions?.['details'] ?? null) as { errors?: unknown } | null;
    return Array.isArray(details?.errors) ? (details.errors as DefinitionError[]).filter((d) => typeof d?.message === 'string') : [];
  });
}

/** 第 12 行第 7 列（sections[0].fields[3].maxChars）：不能小于 1 */
export function describeDefinitionError(error: DefinitionError): string {
  const at = { line: error.line, column: error.column, path: error.path, message: error.message };
  return tr(error.path ? 'forms.setup.errorAtPath' : 'forms.setup.errorAt', at);
}

/** How many fields a definition has, for the preview's title. */
export const fieldCount = (definition: FormDefinition): number => allFields(definition).length;

/**
 * 设置表单 (the campaign's owner): which forms the campaign asks of its participants, chosen from
 * the definitions the organisation may use; a new definition written as YAML is checked here,
 * previewed as it will be filled, and uploaded — no code change.
 */
export function useFormSetup(campaignId: Ref<string>, current: Ref<readonly string[]>) {
  const open = ref(false);
  const definitions = useQuery(
    FormDefinitionsDocument,
    () => ({}),
    () => ({ enabled: open.value, fetchPolicy: 'network-only' as const }),
  );
  const list = computed(() => definitions.result.value?.formDefinitions ?? []);
  const chosen = ref<string[]>([]);
  const setForms = useMutation(SetCampaignFormsDocument);
  const upload = useMutation(UploadFormDefinitionDocument);
  const draft = ref<DefinitionDraft | null>(null);
  const errorMessage = computed(() => (definitions.error.value ? apiErrorMessage(definitions.error.value) : null));

  function start(): void {
    chosen.value = [...current.value];
    draft.value = null;
    uploaded.value = null;
    open.value = true;
  }

  /** The definition just uploaded, as the API compiled it: to look at and try out. */
  const uploaded = ref<FormDefinition | null>(null);

  async function pick(file: File): Promise<void> {
    uploaded.value = null;
    draft.value = readDefinition(file.name, await file.text(), await canCheckInBrowser());
  }

  /** Uploads the checked YAML; the new definition is then chosen for the campaign. */
  async function uploadDraft(shareWithDescendants: boolean): Promise<boolean> {
    if (!draft.value || (!draft.value.definition && !draft.value.unchecked)) return false;
    try {
      const result = await upload.mutate({ input: { fileName: draft.value.fileName, source: draft.value.source, shareWithDescendants } });
      const record = result?.data?.uploadFormDefinition;
      if (!record) return false;
      ElMessage.success(tr('forms.setup.uploaded', { name: record.name, version: record.version }));
      uploaded.value = draft.value.definition ?? definitionOf(record.definition);
      draft.value = null;
      await definitions.refetch()?.catch(() => undefined);
      if (!chosen.value.includes(record.id)) chosen.value = [...chosen.value, record.id];
      return true;
    } catch (error) {
      const errors = definitionErrorsOf(error);
      if (errors.length && draft.value) draft.value = { ...draft.value, definition: null, errors, unchecked: false };
      else ElMessage.error({ message: errorMessageOf(error), duration: 8000 });
      return false;
    }
  }

  async function save(): Promise<boolean> {
    // In the order of the list, as the forms are printed and filled.
    const ids = list.value.map((d) => d.id).filter((id) => chosen.value.includes(id));
    try {
      await setForms.mutate({ input: { campaignId: campaignId.value, definitionIds: ids } });
      ElMessage.success(ids.length ? tr('forms.setup.saved', { n: ids.length }) : tr('forms.setup.cleared'));
      open.value = false;
      return true;
    } catch (error) {
      ElMessage.error(errorMessageOf(error));
      return false;
    }
  }

  return {
    open,
    list,
    chosen,
    draft,
    uploaded,
    errorMessage,
    loading: computed(() => definitions.loading.value),
    saving: computed(() => setForms.loading.value),
    uploading: computed(() => upload.loading.value),
    start,
    pick,
    uploadDraft,
    save,
  };
}
