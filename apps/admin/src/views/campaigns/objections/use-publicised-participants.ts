import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { PublicisedParticipantsDocument } from '../../../graphql/generated/graphql';
import { groupByCampaign, searchPublicised } from './publicity.model';

/** The 公示中 page's data: every batch's publicised units, searched and grouped by campaign. */
export function usePublicisedParticipants() {
  const query = useQuery(PublicisedParticipantsDocument, {}, { fetchPolicy: 'cache-and-network' });
  const search = ref('');
  const all = computed(() => query.result.value?.publicisedParticipants ?? []);
  const groups = computed(() => groupByCampaign(searchPublicised(all.value, search.value)));
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : null));
  const reload = async () => {
    await query.refetch()?.catch(() => undefined);
  };
  return { all, groups, search, loading: query.loading, errorMessage, reload };
}
