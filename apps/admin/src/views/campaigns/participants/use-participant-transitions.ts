import { useMutation } from '@vue/apollo-composable';
import { asApolloError, hasApiErrorCode } from '../../../composables/api-error-message';
import { errorMessageOf } from '../../../composables/notify';
import { tr } from '../../../plugins/i18n';
import { askBeforeFiring, type WorkflowAction } from '../../../composables/use-workflow-actions';
import { TransitionDocument } from '../../../graphql/generated/graphql';
import type { ParticipantRow } from './participants.model';

/**
 * Fires a participant's workflow event (推荐, 不予推荐, 命名, 撤回申报 …) from a row, with the
 * version the row was read at: asks first what the definition says to ask (a comment, a
 * confirmation), then says what happened. `reload` runs after success and after a refusal, so the
 * row shows the state and the reasons the API now gives (a CONFLICT: someone was quicker).
 */
export function useParticipantTransitions(reload: () => unknown) {
  const { mutate, loading: firing } = useMutation(TransitionDocument);

  async function fire(row: Pick<ParticipantRow, 'id' | 'version' | 'organisation'>, action: Pick<WorkflowAction, 'event' | 'label' | 'needsComment' | 'confirm'>): Promise<boolean> {
    const asked = await askBeforeFiring(action);
    if (!asked) return false;
    try {
      const result = await mutate({ input: { entityType: 'participant', id: row.id, event: action.event, expectedVersion: row.version, comment: asked.comment.trim() || null } });
      if (!result?.data) return false;
      ElMessage.success({
        message: tr('nationalBatch.participants.done', { event: result.data.transition.entry.eventLabel, unit: row.organisation.shortName, state: result.data.transition.stateLabel }),
        grouping: true,
      });
      await reload();
      return true;
    } catch (error) {
      const conflict = hasApiErrorCode(asApolloError(error), 'CONFLICT');
      ElMessage.error({ message: conflict ? tr('nationalBatch.participants.conflict', { message: errorMessageOf(error) }) : errorMessageOf(error), grouping: true });
      await reload();
      return false;
    }
  }

  return { fire, firing };
}
