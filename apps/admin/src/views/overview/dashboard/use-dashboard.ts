import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useCurrentUser } from '../../../composables/use-current-user';
import { errorMessageOf } from '../../../composables/notify';
import { useUrge } from '../../../composables/use-urge';
import { CampaignDashboardDocument, CampaignScoresDocument, CampaignWorkflowDocument } from '../../../graphql/generated/graphql';
import { phaseBar, redAndBlack, sumPoints } from './dashboard.model';

/**
 * The dashboard: the campaign's phases with today marked, completion (approved / all — the
 * API's one definition) by indicator and department, the state mix, late tasks, the ranking and
 * the points at risk; reminders for the supervisor and the office.
 */
export function useDashboard() {
  const campaign = useCurrentCampaign();
  const { user } = useCurrentUser();
  const id = computed(() => campaign.currentId.value);
  const enabled = () => ({ enabled: id.value !== null, fetchPolicy: 'cache-and-network' as const });
  const dashboard = useQuery(CampaignDashboardDocument, () => ({ campaignId: id.value ?? '' }), enabled);
  const detail = useQuery(CampaignWorkflowDocument, () => ({ id: id.value ?? '' }), enabled);
  const scores = useQuery(CampaignScoresDocument, () => ({ campaignId: id.value ?? '' }), enabled);

  const data = computed(() => dashboard.result.value?.campaignDashboard ?? null);
  /** Until the first answer nothing is known: the page shows skeletons, never 0 or 0 %. */
  const ready = computed(() => data.value !== null);
  const scoresReady = computed(() => Boolean(scores.result.value?.campaignScores));
  const info = computed(() => detail.result.value?.campaign ?? null);
  const bar = computed(() => (info.value && data.value ? phaseBar(info.value.phases, data.value.today) : null));
  const projected = computed(() => scores.result.value?.campaignScores.projected ?? null);
  /** A checklist's verdicts so far (self-assessment): shown instead of points when the system has none. */
  const verdicts = computed(() => scores.result.value?.campaignScores.self ?? null);
  // The API's one definition of points at risk (libs/scores), largest first.
  const risk = computed(() => [...(scores.result.value?.campaignScores.pointsAtRisk ?? [])].sort((a, b) => b.points - a.points));
  const riskTotal = computed(() => sumPoints(risk.value));
  const ranking = computed(() => redAndBlack(data.value?.byDepartment ?? []));
  const counts = computed(() => {
    const byState = Object.fromEntries((data.value?.byState ?? []).map((s) => [s.state, s.count]));
    return {
      total: data.value?.totalTasks ?? 0,
      approved: data.value?.doneTasks ?? 0,
      submitted: byState['submitted'] ?? 0,
      returned: byState['returned'] ?? 0,
      overdue: (data.value?.byIndicator ?? []).reduce((s, i) => s + i.overdue, 0),
    };
  });
  const canRemind = computed(() => (user.value?.roles ?? []).some((r) => r === 'office_admin' || r === 'supervisor'));

  // 催办: everything late (after a confirmation with the counts), one task, one department.
  const urge = useUrge();
  const remind = (): Promise<void> => urge.remindAll();
  const urgeTask = (taskId: string): Promise<boolean> => urge.urgeTask(taskId);
  const urgeDepartment = (departmentId: string): Promise<boolean> => (id.value ? urge.urgeDepartment(id.value, departmentId) : Promise.resolve(false));

  const errorMessage = computed(() => {
    const error = dashboard.error.value ?? detail.error.value ?? scores.error.value;
    return error ? errorMessageOf(error) : (campaign.errorMessage.value ?? null);
  });
  watch(errorMessage, (m) => m && ElMessage.error({ message: m, grouping: true }));

  function reload(): void {
    campaign.refetch();
    void dashboard.refetch()?.catch(() => undefined);
    void detail.refetch()?.catch(() => undefined);
    void scores.refetch()?.catch(() => undefined);
  }

  return {
    campaign,
    data,
    ready,
    scoresReady,
    info,
    bar,
    risk,
    riskTotal,
    riskLoading: scores.loading,
    projected,
    verdicts,
    ranking,
    counts,
    canRemind,
    reminding: urge.busy,
    remind,
    urgeTask,
    urgeDepartment,
    loading: computed(() => dashboard.loading.value || detail.loading.value),
    errorMessage,
    reload,
  };
}
