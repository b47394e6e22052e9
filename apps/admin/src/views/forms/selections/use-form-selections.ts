import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { notifyError } from '../../../composables/notify';
import { downloadWithProgress } from '../../../composables/download-file';
import {
  CampaignFormsDocument,
  FormSelectionsDocument,
  SelectFormDocument,
  type SelectionLevel,
  SetFormSelectionCapsDocument,
  UnselectFormDocument,
  type FormSelectionsQuery,
} from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';
import { useFormCampaigns } from '../use-form-campaigns';

export type SelectionBoard = FormSelectionsQuery['formSelections'][number];
export type SelectionGroup = SelectionBoard['groups'][number];
export type SelectionEntry = SelectionGroup['entries'][number];

/** One row of the owner's cap editor: a form the campaign asks for, and its cap (none: `max` null). */
export interface CapRow {
  definitionId: string;
  name: string;
  per: SelectionLevel;
  max: number | null;
}

/** The entries of a group to show: all submitted ones, or only those selected. */
export const shownEntries = (group: SelectionGroup, onlySelected: boolean): SelectionEntry[] => (onlySelected ? group.entries.filter((entry) => entry.selected) : group.entries);

/** Whether the group has no place left (the select buttons are disabled; the API refuses anyway). */
export const isFull = (board: Pick<SelectionBoard, 'max'>, group: Pick<SelectionGroup, 'selectedCount'>): boolean => group.selectedCount >= board.max;

/**
 * 遴选报送: the campaign's capped forms. A province's office chooses among its counties'
 * submitted copies (select / withdraw, the cap kept by the API); the campaign owner reads each
 * province's choice, exports the chosen, and sets the caps.
 */
export function useFormSelections() {
  const picker = useFormCampaigns();
  const campaignId = computed(() => picker.chosen.value?.id ?? '');
  const owned = computed(() => picker.chosen.value?.owned === true);
  const query = useQuery(
    FormSelectionsDocument,
    () => ({ campaignId: campaignId.value, onlySelected: false }),
    () => ({ enabled: campaignId.value !== '', fetchPolicy: 'cache-and-network' as const }),
  );
  const boards = computed<SelectionBoard[]>(() => query.result.value?.formSelections ?? []);
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : picker.errorMessage.value));
  const loading = computed(() => query.loading.value || picker.loading.value);
  // The owner reads what went forward; a province sees all of its counties' copies to choose from.
  const onlySelected = ref<boolean | null>(null);
  const showOnlySelected = computed({
    get: () => onlySelected.value ?? boards.value.every((board) => !board.canSelect),
    set: (value: boolean) => {
      onlySelected.value = value;
    },
  });
  const busy = ref<string | null>(null);
  const selectMutation = useMutation(SelectFormDocument);
  const unselectMutation = useMutation(UnselectFormDocument);

  const reload = async (): Promise<void> => {
    await query.refetch()?.catch(() => undefined);
  };

  /** Puts a board the API answered in place of the one shown (no new read of every board). */
  function adopt(board: SelectionBoard): void {
    query.updateQuery((previous) => ({
      ...previous,
      formSelections: previous.formSelections.map((shown) => (shown.definitionId === board.definitionId ? board : shown)),
    }));
  }

  async function toggle(entry: SelectionEntry): Promise<void> {
    busy.value = entry.formId;
    const input = { formId: entry.formId };
    try {
      const board = entry.selected ? (await unselectMutation.mutate({ input }))?.data?.unselectForm : (await selectMutation.mutate({ input }))?.data?.selectForm;
      if (board) adopt(board);
      ElMessage.success(
        tr(entry.selected ? 'formSelections.unselectedOk' : 'formSelections.selectedOk', {
          name: entry.organisation.shortName,
        }),
      );
    } catch (error) {
      notifyError(error);
      // Refused (the cap reached meanwhile, the form returned): show how the board stands now.
      await reload();
    } finally {
      busy.value = null;
    }
  }

  async function exportSelected(board: SelectionBoard): Promise<void> {
    busy.value = `xlsx-${board.definitionId}`;
    try {
      await downloadWithProgress(
        `/api/campaigns/${encodeURIComponent(board.campaignId)}/forms/${encodeURIComponent(board.definitionKey)}/export.xlsx?selected=true`,
        `${board.definitionName}.xlsx`,
        () => undefined,
      );
    } catch (error) {
      ElMessage.error(error instanceof Error ? error.message : tr('messages.requestFailed'));
    } finally {
      busy.value = null;
    }
  }

  // The owner's caps: the campaign's forms in their order, each with its cap from the boards.
  const formsQuery = useQuery(
    CampaignFormsDocument,
    () => ({ campaignId: campaignId.value, organisationId: null }),
    () => ({ enabled: owned.value && campaignId.value !== '' }),
  );
  const capRows = computed<CapRow[]>(() =>
    (formsQuery.result.value?.campaignForms ?? []).map((form) => {
      const board = boards.value.find((candidate) => candidate.definitionId === form.definition.id);
      return {
        definitionId: form.definition.id,
        name: form.definition.name,
        per: board?.per ?? 'PROVINCE',
        max: board?.max ?? null,
      };
    }),
  );
  const capsMutation = useMutation(SetFormSelectionCapsDocument);

  async function saveCaps(rows: readonly CapRow[]): Promise<boolean> {
    try {
      await capsMutation.mutate({
        input: {
          campaignId: campaignId.value,
          definitionIds: rows.map((row) => row.definitionId),
          selections: rows.filter((row) => row.max !== null && row.max > 0).map((row) => ({ definitionId: row.definitionId, per: row.per, max: row.max as number })),
        },
      });
      ElMessage.success(tr('formSelections.capsSaved'));
      await reload();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }

  return {
    campaignId,
    owned,
    boards,
    errorMessage,
    loading,
    showOnlySelected,
    busy,
    toggle,
    exportSelected,
    reload,
    capRows,
    saveCaps,
  };
}
