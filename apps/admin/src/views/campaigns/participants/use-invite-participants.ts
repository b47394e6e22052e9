import { tr } from '../../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, type Ref } from 'vue';
import { errorMessageOf } from '../../../composables/notify';
import { InviteParticipantsDocument, MyOrganisationDocument, OrganisationsDocument, type OrganisationLevel } from '../../../graphql/generated/graphql';
import { inviteCandidates, type ParticipantRow, type ParticipationCampaign } from './participants.model';

const INVITE_PAGE = 100;

/**
 * The owner's office invites organisations below it: a search over the organisations it may see
 * (by level and name), those not yet taking part, chosen and invited in one go; each invited unit
 * gets its own work campaign with its tasks, as an applicant does.
 */
export function useInviteParticipants(campaign: Ref<ParticipationCampaign | null>, participants: Ref<readonly ParticipantRow[]>, afterInvite: () => unknown) {
  const open = ref(false);
  const search = reactive<{ text: string; level: OrganisationLevel }>({ text: '', level: 'county' });
  const chosen = ref<string[]>([]);
  const mine = useQuery(MyOrganisationDocument);
  const ownerId = computed(() => mine.result.value?.myOrganisation?.id ?? null);
  const found = useQuery(
    OrganisationsDocument,
    () => ({ filter: { level: search.level, search: search.text.trim() || null, underId: ownerId.value, includeDisabled: false }, first: INVITE_PAGE }),
    // keepPreviousResult: the listed units stay while a typed search is on its way (else the list blanks between answers).
    () => ({ enabled: open.value && ownerId.value !== null, debounce: 250, keepPreviousResult: true }),
  );
  const { mutate, loading: inviting } = useMutation(InviteParticipantsDocument);

  const candidates = computed(() =>
    inviteCandidates(
      (found.result.value?.organisations.edges ?? []).map((edge) => edge.node),
      participants.value,
      ownerId.value,
    ),
  );
  const more = computed(() => Math.max(0, (found.result.value?.organisations.totalCount ?? 0) - (found.result.value?.organisations.edges.length ?? 0)));

  function show(): void {
    const level = campaign.value?.applicantLevel;
    if (level === 'province' || level === 'city' || level === 'county') search.level = level;
    chosen.value = [];
    open.value = true;
  }

  async function invite(): Promise<void> {
    if (!campaign.value || chosen.value.length === 0) return;
    try {
      const result = await mutate({ input: { campaignId: campaign.value.id, organisationIds: chosen.value } });
      ElMessage.success({ message: tr('nationalBatch.invite.done', { n: result?.data?.inviteParticipants.length ?? chosen.value.length }), grouping: true });
      open.value = false;
      await afterInvite();
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
    }
  }

  return { open, search, chosen, candidates, more, loading: found.loading, inviting, show, invite };
}
