import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { useCurrentCampaign } from '../../composables/use-current-campaign';
import { useParticipatedCampaigns } from '../../composables/use-participated-campaigns';
import { participationCampaigns, type ParticipationCampaign } from '../campaigns/participants/participants.model';

/**
 * The campaigns whose forms this user may open: the batches its organisation runs or takes part in
 * (a county's or a province's national batch), then its own campaigns.
 * The one chosen is in the address (`?campaign=`), with the organisation whose forms are shown
 * (`?organisation=`, a participant opened from 参与单位; the user's own when absent).
 */
export function useFormCampaigns(): {
  campaigns: ComputedRef<ParticipationCampaign[]>;
  chosen: ComputedRef<ParticipationCampaign | null>;
  organisationId: ComputedRef<string | null>;
  loading: ComputedRef<boolean>;
  errorMessage: ComputedRef<string | null>;
} {
  const route = useRoute();
  const list = useCurrentCampaign();
  const participated = useParticipatedCampaigns();
  const campaigns = computed<ParticipationCampaign[]>(() => {
    const batches = participationCampaigns(list.campaigns.value, participated.campaigns.value);
    const own = list.campaigns.value.filter((c) => !c.hasParticipants && !c.parentCampaignId).map((c) => ({ id: c.id, name: c.name, owned: true, applicantLevel: null }));
    return [...batches, ...own];
  });
  const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
  const chosen = computed(() => {
    const requested = text(route.query['campaign']);
    const known = campaigns.value.find((c) => c.id === requested);
    // A campaign not in the list (opened from a link): shown by its id until its forms name it.
    if (requested) return known ?? { id: requested, name: '', owned: false, applicantLevel: null };
    return campaigns.value[0] ?? null;
  });
  return {
    campaigns,
    chosen,
    organisationId: computed(() => text(route.query['organisation'])),
    loading: computed(() => list.loading.value),
    errorMessage: list.errorMessage,
  };
}
