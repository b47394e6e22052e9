import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { ParticipantObjectionsDocument } from '../../../graphql/generated/graphql';
import { sortObjections } from '../objections/objections.model';

/** The objections against one participant (the panel's list), read fresh each time it opens. */
export function useParticipantObjections(participantId: Ref<string | null>) {
  const query = useQuery(
    ParticipantObjectionsDocument,
    () => ({ participantId: participantId.value ?? '' }),
    () => ({ enabled: participantId.value !== null, fetchPolicy: 'network-only' as const }),
  );
  const rows = computed(() => sortObjections(query.result.value?.participantObjections ?? []));
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : null));
  const reload = async () => {
    await query.refetch()?.catch(() => undefined);
  };
  return { rows, loading: query.loading, errorMessage, reload };
}
