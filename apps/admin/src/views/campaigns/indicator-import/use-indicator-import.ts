import { useMutation } from '@vue/apollo-composable';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { postFile } from '../../../composables/http-api';
import { errorMessageOf } from '../../../composables/notify';
import { useDepartmentChoices } from '../../../composables/use-directory-lists';
import { tr } from '../../../plugins/i18n';
import {
  ImportIndicatorTableDocument,
  PreviewIndicatorTableDocument,
  type ImportIndicatorTableMutation,
  type PreviewIndicatorTableMutation,
  type TableProblemFieldsFragment,
} from '../../../graphql/generated/graphql';

export type TablePreview = PreviewIndicatorTableMutation['previewIndicatorTable'];
export type ImportResult = ImportIndicatorTableMutation['importIndicatorTable'];
export type TableProblem = TableProblemFieldsFragment;

/**
 * Files up to this size go as Base64 in GraphQL; larger ones as the raw body of
 * POST /api/indicator-tables/… (the API takes GraphQL requests up to about 70 KB of Base64).
 */
export const GRAPHQL_FILE_LIMIT = 48 * 1024;
/** The API's own limit for an indicator table. */
export const ACCEPTED_EXTENSIONS = ['.xlsx', '.csv'];

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Problems that must be fixed in the file: errors other than unknown units (those are mapped here). */
export function blockingProblems(problems: readonly TableProblem[]): TableProblem[] {
  return problems.filter((p) => p.severity === 'error' && p.code !== 'UNKNOWN_UNIT');
}

/**
 * The indicator-table import: pick a file, preview it (summary, problems, unknown units with
 * suggestions), map each unknown unit, import, show the result.
 */
export function useIndicatorImport() {
  const file = shallowRef<File | null>(null);
  const preview = shallowRef<TablePreview | null>(null);
  const result = shallowRef<ImportResult | null>(null);
  const errorMessage = ref<string | null>(null);
  const previewing = ref(false);
  const importing = ref(false);
  /** Unknown unit → the department or group it stands for. */
  const mapping = reactive<Record<string, string>>({});
  const meta = reactive({ key: '', name: '' });
  /**
   * The table's responsible units are the participants' departments (a national standard's
   * 县科协): they are not checked against this organisation's departments, and each participant's
   * own departments of those names take the tasks when it joins.
   */
  const unitsOfParticipants = ref(false);

  const departments = useDepartmentChoices();
  const departmentNames = computed(() => departments.nodes.value.map((d) => d.name));
  const previewMutation = useMutation(PreviewIndicatorTableDocument);
  const importMutation = useMutation(ImportIndicatorTableDocument);

  const blocking = computed(() => blockingProblems(preview.value?.problems ?? []));
  const unmapped = computed(() => (preview.value?.unknownUnits ?? []).filter((u) => !mapping[u.name]).map((u) => u.name));
  const canImport = computed(() => Boolean(file.value && preview.value && blocking.value.length === 0 && unmapped.value.length === 0));

  function reset(): void {
    preview.value = null;
    result.value = null;
    errorMessage.value = null;
    for (const key of Object.keys(mapping)) delete mapping[key];
  }

  async function choose(chosen: File): Promise<void> {
    reset();
    if (!hasAcceptedExtension(chosen.name)) {
      file.value = null;
      errorMessage.value = tr('importer.wrongFile', { name: chosen.name });
      return;
    }
    file.value = chosen;
    previewing.value = true;
    try {
      const answer =
        chosen.size <= GRAPHQL_FILE_LIMIT
          ? (await previewMutation.mutate({ input: { fileName: chosen.name, contentBase64: await fileToBase64(chosen), unitsOfParticipants: unitsOfParticipants.value } }))?.data?.previewIndicatorTable
          : await postFile<TablePreview>('/api/indicator-tables/preview', chosen, { fileName: chosen.name, unitsOfParticipants: String(unitsOfParticipants.value) });
      if (!answer) throw new Error(tr('importer.noPreview'));
      preview.value = answer;
      meta.key = answer.key ?? '';
      meta.name = answer.name ?? '';
      // The best suggestion is offered; the office confirms or changes it.
      for (const unit of answer.unknownUnits) {
        const best = unit.suggestions[0];
        if (best) mapping[unit.name] = best.name;
      }
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
    } finally {
      previewing.value = false;
    }
  }

  async function runImport(): Promise<ImportResult | null> {
    const chosen = file.value;
    if (!chosen || !canImport.value) return null;
    importing.value = true;
    errorMessage.value = null;
    const unitMapping = Object.entries(mapping)
      .filter(([, to]) => to)
      .map(([from, to]) => ({ from, to }));
    const key = meta.key.trim() || null;
    const name = meta.name.trim() || null;
    try {
      const answer =
        chosen.size <= GRAPHQL_FILE_LIMIT
          ? (
              await importMutation.mutate({
                input: {
                  fileName: chosen.name,
                  contentBase64: await fileToBase64(chosen),
                  key,
                  name,
                  unitMapping: unitMapping.length ? unitMapping : null,
                  unitsOfParticipants: unitsOfParticipants.value,
                },
              })
            )?.data?.importIndicatorTable
          : await postFile<ImportResult>('/api/indicator-tables/import', chosen, {
              fileName: chosen.name,
              key,
              name,
              unitMapping: unitMapping.length ? JSON.stringify(unitMapping) : null,
              unitsOfParticipants: String(unitsOfParticipants.value),
            });
      if (!answer) throw new Error(tr('importer.noResult'));
      result.value = answer;
      ElMessage.success(tr(answer.created ? 'importer.importedMessage' : 'importer.importedBeforeMessage', { name: answer.name, version: answer.version }));
      return answer;
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      ElMessage.error({ message: errorMessage.value, grouping: true });
      return null;
    } finally {
      importing.value = false;
    }
  }

  // The preview depends on it (unknown units are not asked for): read the chosen file again.
  watch(unitsOfParticipants, () => {
    if (file.value) void choose(file.value);
  });

  function startOver(): void {
    file.value = null;
    reset();
  }

  return {
    file,
    preview,
    result,
    errorMessage,
    previewing,
    importing,
    mapping,
    meta,
    unitsOfParticipants,
    departmentNames,
    blocking,
    unmapped,
    canImport,
    choose,
    runImport,
    startOver,
  };
}
