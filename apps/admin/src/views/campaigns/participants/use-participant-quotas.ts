import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { ParticipantQuotasDocument } from '../../../graphql/generated/graphql';
import { quotaFigures } from './participant-quotas.model';

/** The chosen campaign's quota figures; `reload` after a transition (a recommendation takes a place). */
export function useParticipantQuotas(campaignId: Ref<string | null>, enabled: Ref<boolean>) {
  const query = useQuery(
    ParticipantQuotasDocument,
    () => ({ campaignId: campaignId.value ?? '' }),
    () => ({ enabled: campaignId.value !== null && enabled.value, fetchPolicy: 'cache-and-network' as const }),
  );
  const figures = computed(() => quotaFigures(query.result.value?.participantQuotas ?? []));
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : null));
  const reload = async () => {
    await query.refetch()?.catch(() => undefined);
  };
  return { figures, errorMessage, reload };
}
