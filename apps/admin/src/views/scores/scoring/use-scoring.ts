import { tr } from '../../../plugins/i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, shallowRef, watch } from 'vue';
import { apiErrorMessage } from '../../../composables/api-error-message';
import { errorMessageOf } from '../../../composables/notify';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useCurrentUser } from '../../../composables/use-current-user';
import { ScoreRuleDocument, ScoreSheetDocument, type RuleScoreValueInput, type ScoreSource } from '../../../graphql/generated/graphql';
import { type RuleLine, type ScoreSheet, scoreRows } from './score-sheet.model';

export type { IndicatorLine, RuleLine, ScoreRow, ScoreSheet } from './score-sheet.model';
export { indicatorElective, scoreRows } from './score-sheet.model';

// Read in the interface language each time (getters).
export const SOURCE_LABELS: Readonly<Record<ScoreSource, string>> = {
  get self() {
    return tr('scoring.source.self');
  },
  get expert() {
    return tr('scoring.source.expert');
  },
};

/**
 * Which score this user gives: the office self-scores, experts give the expert score, everyone
 * else (supervisors) only reads. Whether it is open now is the API's word (`…ScoringOpen`).
 */
export function scoringSourceOf(roles: readonly string[]): ScoreSource | null {
  if (roles.includes('office_admin')) return 'self';
  if (roles.includes('expert')) return 'expert';
  return null;
}

/**
 * Why `source`'s scoring is closed, from the API's `selfScoringOpen` / `expertScoringOpen`; null
 * when it is open (or the user gives no score). Said before the form is opened, not after.
 */
export function scoringClosedReason(source: ScoreSource | null, open: { self: boolean; expert: boolean }): string | null {
  if (!source || open[source]) return null;
  return source === 'self' ? tr('scoring.selfClosed') : tr('scoring.expertClosed');
}

/**
 * The scoring page: the campaign's scores (self and expert side by side, totals, projected
 * score, points at risk), the rule being scored and its history.
 */
export function useScoring() {
  const campaignPicker = useCurrentCampaign();
  const currentId = campaignPicker.currentId;
  const { user } = useCurrentUser();

  const query = useQuery(
    ScoreSheetDocument,
    () => ({ campaignId: currentId.value ?? '' }),
    () => ({ enabled: currentId.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const sheet = computed<ScoreSheet | null>(() => {
    const value = query.result.value?.campaignScores;
    return value && value.campaignId === currentId.value ? value : null;
  });
  const stateLabel = computed(() => {
    const campaign = query.result.value?.campaign;
    return campaign && campaign.id === currentId.value ? campaign.stateLabel : (sheet.value?.campaignState ?? '');
  });
  const rows = computed(() => scoreRows(sheet.value?.indicators ?? []));

  const source = computed(() => scoringSourceOf(user.value?.roles ?? []));
  const scoringOpen = computed(() => {
    if (!sheet.value || !source.value) return false;
    return source.value === 'self' ? sheet.value.selfScoringOpen : sheet.value.expertScoringOpen;
  });
  /** Why this user's scoring is closed now, said above the table and on the disabled 评分 buttons. */
  const closedNotice = computed(() => (sheet.value ? scoringClosedReason(source.value, { self: sheet.value.selfScoringOpen, expert: sheet.value.expertScoringOpen }) : null));

  const loading = computed(() => campaignPicker.loading.value || query.loading.value);
  const queryError = computed(() => (query.error.value ? apiErrorMessage(query.error.value) : null));
  const errorMessage = computed(() => campaignPicker.errorMessage.value ?? queryError.value);
  watch(errorMessage, (message) => {
    if (message) ElMessage.error({ message, grouping: true });
  });

  // The rule being scored (a dialog) and the API's refusal of the last attempt.
  const editing = shallowRef<RuleLine | null>(null);
  const refusal = ref<string | null>(null);
  const scoreMutation = useMutation(ScoreRuleDocument);

  function openScoring(rule: RuleLine): void {
    refusal.value = null;
    editing.value = rule;
  }

  function closeScoring(): void {
    editing.value = null;
    refusal.value = null;
  }

  async function saveScore(value: { value: RuleScoreValueInput; comment: string }): Promise<boolean> {
    const rule = editing.value;
    if (!rule || !source.value || !currentId.value) return false;
    refusal.value = null;
    try {
      const result = await scoreMutation.mutate({
        input: { campaignId: currentId.value, ruleId: rule.ruleId, source: source.value, value: value.value, comment: value.comment },
      });
      const answer = result?.data?.scoreRule;
      ElMessage.success(
        answer && !answer.changed ? tr('scoring.unchanged') : tr('scoring.saved', { code: rule.code, source: SOURCE_LABELS[source.value], explanation: answer?.score.explanation ?? '' }),
      );
      closeScoring();
      await query.refetch()?.catch(() => undefined);
      return true;
    } catch (error) {
      refusal.value = errorMessageOf(error);
      ElMessage.error({ message: refusal.value, grouping: true });
      return false;
    }
  }

  // The history drawer.
  const historyRule = shallowRef<RuleLine | null>(null);

  function reload(): void {
    campaignPicker.refetch();
    if (currentId.value !== null) void query.refetch()?.catch(() => undefined);
  }

  return {
    campaigns: campaignPicker.campaigns,
    currentId,
    selectCampaign: campaignPicker.select,
    sheet,
    stateLabel,
    rows,
    source,
    scoringOpen,
    closedNotice,
    loading,
    errorMessage,
    reload,
    editing,
    refusal,
    saving: scoreMutation.loading,
    openScoring,
    closeScoring,
    saveScore,
    historyRule,
  };
}
