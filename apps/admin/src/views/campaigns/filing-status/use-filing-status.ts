import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { apiErrorMessage, asApolloError, hasApiErrorCode } from '../../../composables/api-error-message';
import { downloadWithProgress } from '../../../composables/download-file';
import { errorMessageOf } from '../../../composables/notify';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { askBeforeFiring } from '../../../composables/use-workflow-actions';
import { ParticipantsByRegionDocument, TransitionDocument, TransitionParticipantsDocument } from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';
import { type BulkEvent, type OpenParticipant, bulkEvents, chunks, regionRows, totals } from './filing-status.model';

type Action = OpenParticipant['availableTransitions'][number];

/**
 * The 报送情况 page of the campaign's owner (the national office): per province who has not
 * filed, 催报 for one unit (asked as the definition asks) and for every unit it is allowed on
 * (the counts confirmed first), through the batched participant transition, 50 at a time.
 */
export function useFilingStatus() {
  const campaign = useCurrentCampaign();
  const campaignId = computed(() => (campaign.current.value?.hasParticipants ? campaign.current.value.id : null));
  const query = useQuery(
    ParticipantsByRegionDocument,
    () => ({ campaignId: campaignId.value ?? '' }),
    () => ({ enabled: campaignId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const one = useMutation(TransitionDocument);
  const many = useMutation(TransitionParticipantsDocument);

  const rows = computed(() => regionRows(query.result.value?.participantsByRegion ?? []));
  const sum = computed(() => totals(rows.value));
  const bulk = computed(() => bulkEvents(rows.value));
  const loading = computed(() => query.loading.value || campaign.loading.value);
  // Until the first answer there is nothing to count: the page shows skeletons, not zeros.
  const loaded = computed(() => query.result.value?.participantsByRegion !== undefined);
  const firing = computed(() => one.loading.value || many.loading.value);
  const errorMessage = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : campaign.errorMessage.value));

  async function reload(): Promise<void> {
    await query.refetch()?.catch(() => undefined);
  }

  /** One unit: as the participants page fires an event (asked first, then the new state said). */
  async function fire(participant: OpenParticipant, action: Action): Promise<boolean> {
    const asked = await askBeforeFiring(action);
    if (!asked) return false;
    try {
      const result = await one.mutate({ input: { entityType: 'participant', id: participant.id, event: action.event, expectedVersion: participant.version, comment: asked.comment.trim() || null } });
      if (!result?.data) return false;
      ElMessage.success({ message: tr('filingStatus.done', { label: action.label, unit: participant.organisation.shortName, state: result.data.transition.stateLabel }), grouping: true });
      return true;
    } catch (error) {
      const conflict = hasApiErrorCode(asApolloError(error), 'CONFLICT');
      ElMessage.error({ message: `${errorMessageOf(error)}${conflict ? tr('filingStatus.conflict') : ''}`, grouping: true });
      return false;
    } finally {
      await reload();
    }
  }

  /** Every unit the event is allowed on: the counts first, then each batch; says what was done and what was refused. */
  async function fireAll(event: BulkEvent): Promise<number> {
    const lines = [tr('filingStatus.bulkConfirm', { regions: event.regions, n: event.targets.length, label: event.label })];
    if (event.skipped > 0) lines.push(tr('filingStatus.bulkSkipped', { skipped: event.skipped, label: event.label }));
    if (event.confirm) lines.push(event.confirm);
    const asked = await askBeforeFiring({ label: tr('filingStatus.bulkTitle', { label: event.label }), needsComment: event.needsComment, confirm: lines.join(' ') });
    if (!asked) return 0;
    let done = 0;
    const refused: string[] = [];
    try {
      for (const batch of chunks(event.targets)) {
        const result = await many.mutate({
          input: { event: event.event, comment: asked.comment.trim() || null, participants: batch.map((target) => ({ id: target.id, expectedVersion: target.version })) },
        });
        for (const outcome of result?.data?.transitionParticipants ?? []) {
          if (outcome.ok) done++;
          else refused.push(outcome.message ?? outcome.code ?? '');
        }
      }
    } catch (error) {
      refused.push(errorMessageOf(error));
    } finally {
      await reload();
    }
    if (done > 0) ElMessage.success({ message: tr('filingStatus.bulkDone', { n: done, label: event.label }), grouping: true });
    if (refused.length > 0)
      ElMessage.error({ message: tr('filingStatus.bulkRefused', { n: refused.length, reasons: [...new Set(refused)].slice(0, 3).join(tr('filingStatus.reasonSeparator')) }), grouping: true });
    return done;
  }

  const exporting = ref(false);
  /** The units not filed, per province, as a workbook (the API's export, seen as the caller sees them). */
  async function exportNotFiled(): Promise<void> {
    if (!campaignId.value) return;
    exporting.value = true;
    try {
      await downloadWithProgress(`/api/campaigns/${encodeURIComponent(campaignId.value)}/export/not-filed.xlsx`, tr('filingStatus.exportName'), () => undefined);
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
    } finally {
      exporting.value = false;
    }
  }

  return { campaign, campaignId, rows, sum, bulk, loading, loaded, firing, exporting, errorMessage, reload, fire, fireAll, exportNotFiled };
}
