import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { errorMessageOf } from '../../../composables/notify';
import { useDepartmentChoices } from '../../../composables/use-directory-lists';
import { tr } from '../../../plugins/i18n';
import { CampaignListDocument, CampaignPlanDocument, ReplanCampaignDocument, StartNewCycleDocument } from '../../../graphql/generated/graphql';
import { type NewCycleForm, type ReplanForm, groupChanges, replanFormOf, toNewCycleInput, toReplanInput } from './campaign-plan.model';

/**
 * 调整计划 and 新一轮 of the current campaign: change phase dates and due dates (in bulk) with a
 * reason and read the log of changes; start the next cycle with the evidence to carry over.
 */
export function useCampaignPlan() {
  const current = useCurrentCampaign();
  const campaignId = computed(() => current.currentId.value);
  const plan = useQuery(
    CampaignPlanDocument,
    () => ({ id: campaignId.value ?? '' }),
    () => ({ enabled: Boolean(campaignId.value), fetchPolicy: 'network-only' }),
  );
  const departments = useDepartmentChoices();
  const replanMutation = useMutation(ReplanCampaignDocument);
  const cycleMutation = useMutation(StartNewCycleDocument, { refetchQueries: [{ query: CampaignListDocument }] });

  const phases = computed(() => plan.result.value?.campaign.phases ?? []);
  const log = computed(() => groupChanges(plan.result.value?.campaignPlanChanges ?? []));
  const form = reactive<ReplanForm>(replanFormOf([]));
  const cycle = reactive<NewCycleForm>({ name: '', key: '', targetDate: '', carry: 'none', requirementCodes: '', officeDepartmentId: '' });
  const errorMessage = ref<string | null>(null);
  const saving = ref(false);

  watch(phases, (list) => Object.assign(form, replanFormOf(list)), { immediate: true });
  // The next cycle's own work (本单位) goes to the same department unless the admin changes it.
  watch(
    () => plan.result.value?.campaign.officeDepartmentId ?? '',
    (id) => {
      cycle.officeDepartmentId = id;
    },
    { immediate: true },
  );

  async function saveReplan(): Promise<boolean> {
    const id = campaignId.value;
    if (!id) return false;
    const input = toReplanInput(id, phases.value, form);
    if (!input) {
      errorMessage.value = tr('plan.nothingChanged');
      return false;
    }
    if (!input.reason) {
      errorMessage.value = tr('plan.reasonMissing');
      return false;
    }
    saving.value = true;
    errorMessage.value = null;
    try {
      const answer = (await replanMutation.mutate({ input }))?.data?.replanCampaign;
      if (answer) ElMessage.success(tr('plan.replanned', { phases: answer.phaseChanges, tasks: answer.taskChanges }));
      await plan.refetch();
      return true;
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function startNewCycle(): Promise<string | null> {
    const id = campaignId.value;
    if (!id) return null;
    if (!cycle.name.trim() || !cycle.targetDate) {
      errorMessage.value = tr('plan.cycleMissing');
      return null;
    }
    saving.value = true;
    errorMessage.value = null;
    try {
      const answer = (await cycleMutation.mutate({ input: toNewCycleInput(id, phases.value, cycle) }))?.data?.startNewCycle;
      if (!answer) throw new Error(tr('designer.noAnswer'));
      const missed = answer.notCarried.length > 0 ? tr('plan.notCarried', { codes: answer.notCarried.join(tr('designer.listSeparator')) }) : '';
      ElMessage.success(tr('plan.cycleStarted', { tasks: answer.tasks, evidence: answer.carriedEvidence, missed }));
      return answer.campaignId;
    } catch (error) {
      errorMessage.value = errorMessageOf(error);
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { current, campaignId, plan, phases, log, form, cycle, departments: departments.nodes, errorMessage, saving, saveReplan, startNewCycle };
}
