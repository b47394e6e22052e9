import { useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useCurrentUser } from '../../../composables/use-current-user';
import { useParticipatedCampaigns } from '../../../composables/use-participated-campaigns';
import { CampaignParticipantsDocument } from '../../../graphql/generated/graphql';
import { filterParticipants, groupByProvince, participationCampaigns, stateCounts, type ParticipantFilter, type ParticipantRow } from './participants.model';
import { useParticipantQuotas } from './use-participant-quotas';
import { useParticipantTransitions } from './use-participant-transitions';

/**
 * The 参与单位 page: the campaigns with participants this user sees (its own batches; for a
 * province, the national batch its counties take part in), the chosen one's participants by
 * province with a filter, and each row's actions. The chosen campaign is kept in the address
 * (`?campaign=`), like every other page.
 */
export function useParticipants() {
  const route = useRoute();
  const router = useRouter();
  const list = useCurrentCampaign();
  const participated = useParticipatedCampaigns();
  const campaigns = computed(() => participationCampaigns(list.campaigns.value, participated.campaigns.value));
  /** A campaign above the user's list (a province's national batch) chosen here; not put in the address. */
  const picked = ref<string | null>(null);
  const chosen = computed(() => {
    const requested = route.query['campaign'];
    return campaigns.value.find((c) => c.id === requested) ?? campaigns.value.find((c) => c.id === picked.value) ?? campaigns.value[0] ?? null;
  });
  // Keep the chosen campaign in the address, so the header names it and the page can be shared;
  // only one of the user's own list (a province cannot open the national batch on other pages).
  watch(
    chosen,
    (campaign) => {
      if (campaign?.owned && route.query['campaign'] !== campaign.id) void router.replace({ query: { ...route.query, campaign: campaign.id } });
    },
    { immediate: true },
  );
  const query = useQuery(
    CampaignParticipantsDocument,
    () => ({ campaignId: chosen.value?.id ?? '' }),
    () => ({ enabled: chosen.value !== null, fetchPolicy: 'cache-and-network' as const }),
  );
  const filter = reactive<ParticipantFilter>({ province: '', state: '', search: '' });

  const rows = computed<ParticipantRow[]>(() => query.result.value?.campaignParticipants ?? []);
  const provinces = computed(() => groupByProvince(rows.value).map((g) => ({ province: g.province, count: g.rows.length })));
  const states = computed(() => stateCounts(rows.value));
  const groups = computed(() => groupByProvince(filterParticipants(rows.value, filter)));
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : list.errorMessage.value));
  const loading = computed(() => query.loading.value || list.loading.value);

  // 已推荐 / 名额 before clicking 推荐, for those who may read quotas (offices, supervisors,
  // experts); read again with the rows, as a transition or an objection may take or free a place.
  const { user } = useCurrentUser();
  const readsQuotas = computed(() => (user.value?.roles ?? []).some((role) => role === 'office_admin' || role === 'supervisor' || role === 'expert'));
  const quotas = useParticipantQuotas(
    computed(() => chosen.value?.id ?? null),
    readsQuotas,
  );

  const reload = async () => {
    await Promise.all([query.refetch()?.catch(() => undefined), quotas.reload()]);
  };
  const transitions = useParticipantTransitions(reload);

  async function choose(id: string): Promise<void> {
    filter.province = '';
    filter.state = '';
    picked.value = id;
    const { campaign: _dropped, ...rest } = route.query;
    await router.replace({ query: campaigns.value.find((c) => c.id === id)?.owned ? { ...rest, campaign: id } : rest });
  }

  /** A participant's own work (tasks, evidence, scores): its work campaign's dashboard. */
  function openWork(row: ParticipantRow): void {
    if (row.workCampaignId) void router.push({ name: 'dashboard', query: { campaign: row.workCampaignId } });
  }

  return { campaigns, chosen, quotas, rows, provinces, states, groups, filter, loading, errorMessage, reload, choose, openWork, fire: transitions.fire, firing: transitions.firing };
}
