import { tr } from '../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  AvailableTransitionsDocument,
  TaskAvailableTransitionsDocument,
  TransitionDocument,
  TransitionHistoryDocument,
  type AvailableTransitionsQuery,
  type TaskAvailableTransitionsQuery,
  type TransitionMutation,
} from '../graphql/generated/graphql';
import { asApolloError, hasApiErrorCode } from './api-error-message';
import { errorMessageOf } from './notify';

export type WorkflowAction = AvailableTransitionsQuery['availableTransitions'][number];
/** A task's event, with what its workflow checks before it (checksEvidence: the submit check). */
export type TaskAction = TaskAvailableTransitionsQuery['availableTransitions'][number];
export type WorkflowEntityType = 'task' | 'campaign';
/** What the question before an event needs to know of it (any list of available transitions has it). */
export type AskedAction = Pick<WorkflowAction, 'label' | 'needsComment' | 'confirm'>;

/**
 * Asks what the workflow definition says to ask before `action`: a comment (needsComment,
 * required) or a confirmation (confirm). Undefined when the user cancels, else the comment.
 */
export async function askBeforeFiring(action: AskedAction, options: { optionalComment?: boolean } = {}): Promise<{ comment: string } | undefined> {
  try {
    if (action.needsComment) {
      const { value } = await ElMessageBox.prompt(action.confirm ?? tr('messages.action.commentPrompt', { action: action.label }), action.label, {
        inputType: 'textarea',
        confirmButtonText: action.label,
        cancelButtonText: tr('common.cancel'),
        inputValidator: (v: string) => (v && v.trim().length > 0) || tr('messages.action.commentRequired', { action: action.label }),
      });
      return { comment: value };
    }
    if (options.optionalComment) {
      const { value } = await ElMessageBox.prompt(tr('messages.action.notePrompt', { what: action.confirm ?? tr('messages.action.doAction', { action: action.label }) }), action.label, {
        confirmButtonText: action.label,
        cancelButtonText: tr('common.cancel'),
        inputPlaceholder: tr('messages.action.notePlaceholder'),
      });
      return { comment: value ?? '' };
    }
    if (action.confirm) await ElMessageBox.confirm(action.confirm, action.label, { confirmButtonText: action.label, cancelButtonText: tr('common.cancel'), type: 'warning' });
    return { comment: '' };
  } catch {
    return undefined;
  }
}

/**
 * What can happen next to a task or a campaign: the events of its workflow (allowed now, or
 * refused with the API's reasons), its history, and firing one with the version the page read.
 * A CONFLICT (someone was quicker) reloads and says so; other refusals show the API's message.
 */
export function useWorkflowActions(entityType: WorkflowEntityType, id: Ref<string | null>, onChanged?: (result: TransitionMutation['transition']) => unknown) {
  const enabled = () => ({ enabled: id.value !== null, fetchPolicy: 'network-only' as const });
  // A task's events are read with what its workflow checks before them; other subjects' without.
  const actions =
    entityType === 'task'
      ? useQuery(TaskAvailableTransitionsDocument, () => ({ id: id.value ?? '' }), enabled)
      : useQuery(AvailableTransitionsDocument, () => ({ entityType, id: id.value ?? '' }), enabled);
  const history = useQuery(TransitionHistoryDocument, () => ({ entityType, id: id.value ?? '' }), enabled);
  const { mutate, loading: firing } = useMutation(TransitionDocument);

  const all = computed<(WorkflowAction & Partial<Pick<TaskAction, 'checksEvidence'>>)[]>(() => actions.result.value?.availableTransitions ?? []);
  /** Events of the current state: the allowed ones, and the refused ones with why. */
  const available = computed(() => all.value.filter((a) => a.available));
  const entries = computed(() => history.result.value?.transitionHistory ?? []);
  /** The last comment of an event its workflow says needs one (e.g. 退回), for the liaison to read. */
  const commented = computed(() => new Set(all.value.filter((a) => a.needsComment).map((a) => a.event)));
  const lastReturn = computed(() => [...entries.value].reverse().find((e) => commented.value.has(e.event) && e.comment) ?? null);
  const loadError = computed(() => actions.error.value ?? history.error.value ?? null);

  function reload(): void {
    void actions.refetch()?.catch(() => undefined);
    void history.refetch()?.catch(() => undefined);
  }

  /** Fires `event`; true when done. */
  async function fire(event: string, expectedVersion: number, comment?: string): Promise<boolean> {
    if (!id.value) return false;
    try {
      const result = await mutate({ input: { entityType, id: id.value, event, expectedVersion, comment: comment?.trim() || null } });
      if (!result?.data) return false;
      reload();
      await onChanged?.(result.data.transition);
      ElMessage.success({ message: tr('messages.action.done', { event: result.data.transition.entry.eventLabel, state: result.data.transition.stateLabel }), grouping: true });
      return true;
    } catch (error) {
      const conflict = hasApiErrorCode(asApolloError(error), 'CONFLICT');
      ElMessage.error({ message: conflict ? tr('messages.action.conflict', { message: errorMessageOf(error) }) : errorMessageOf(error), grouping: true });
      reload();
      if (conflict) await onChanged?.(null as unknown as TransitionMutation['transition']);
      return false;
    }
  }

  return { actions: all, available, entries, lastReturn, ask: askBeforeFiring, loading: computed(() => actions.loading.value || history.loading.value), firing, loadError, reload, fire };
}
