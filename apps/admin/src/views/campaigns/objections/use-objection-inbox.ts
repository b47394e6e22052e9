import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { CampaignObjectionsDocument, CampaignParticipantsDocument } from '../../../graphql/generated/graphql';
import { sortObjections, type Objection } from './objections.model';

export interface InboxRow extends Objection {
  /** The participant's short name (and its full name), as the participants list says. */
  unit: string;
  unitName: string;
}

/**
 * 异议答复: the objections the organisation's own batches received (the owner's office answers
 * them; naming waits until none is open). The batch is the chosen campaign (`?campaign=`) when it
 * has participants, else the first of the organisation's own that has.
 */
export function useObjectionInbox() {
  const route = useRoute();
  const router = useRouter();
  const list = useCurrentCampaign();
  const campaigns = computed(() => list.campaigns.value.filter((c) => c.hasParticipants && !c.parentCampaignId));
  const chosen = computed(() => campaigns.value.find((c) => c.id === route.query['campaign']) ?? campaigns.value[0] ?? null);
  const openOnly = ref(true);
  const enabled = () => ({ enabled: chosen.value !== null, fetchPolicy: 'network-only' as const });
  const objections = useQuery(CampaignObjectionsDocument, () => ({ campaignId: chosen.value?.id ?? '', openOnly: false }), enabled);
  // The names of the units objected to (an objection carries only its participant's id).
  const participants = useQuery(
    CampaignParticipantsDocument,
    () => ({ campaignId: chosen.value?.id ?? '' }),
    () => ({ enabled: chosen.value !== null, fetchPolicy: 'cache-and-network' as const }),
  );

  const all = computed<InboxRow[]>(() => {
    const units = new Map((participants.result.value?.campaignParticipants ?? []).map((row) => [row.id, row.organisation]));
    return sortObjections(objections.result.value?.campaignObjections ?? []).map((o) => ({
      ...o,
      unit: units.get(o.participantId)?.shortName ?? '',
      unitName: units.get(o.participantId)?.name ?? '',
    }));
  });
  const rows = computed(() => (openOnly.value ? all.value.filter((o) => o.state === 'open') : all.value));
  const openCount = computed(() => all.value.filter((o) => o.state === 'open').length);
  const error = computed(() => objections.error.value ?? participants.error.value ?? null);
  const errorMessage = computed(() => (error.value ? apiErrorMessage(error.value) : list.errorMessage.value));
  const loading = computed(() => objections.loading.value || list.loading.value);
  // Until the first answer the counts and the table would read as "no objections": show skeletons.
  const loaded = computed(() => objections.result.value?.campaignObjections !== undefined && participants.result.value?.campaignParticipants !== undefined);

  async function reload(): Promise<void> {
    await Promise.all([objections.refetch()?.catch(() => undefined), participants.refetch()?.catch(() => undefined)]);
  }

  async function choose(id: string): Promise<void> {
    await router.replace({ query: { ...route.query, campaign: id } });
  }

  /** The unit on the 参与单位 page of the same batch (its state, its actions: 命名 once answered). */
  function openParticipants(row: InboxRow): void {
    void router.push({ name: 'campaign-participants', query: { campaign: row.campaignId } });
  }

  return { campaigns, chosen, openOnly, rows, all, openCount, errorMessage, loading, loaded, reload, choose, openParticipants };
}
