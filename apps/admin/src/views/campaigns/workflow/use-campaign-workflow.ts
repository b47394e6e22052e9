import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { useCurrentCampaign } from '../../../composables/use-current-campaign';
import { useCurrentUser } from '../../../composables/use-current-user';
import { useWorkflowActions, type WorkflowAction } from '../../../composables/use-workflow-actions';
import { errorMessageOf } from '../../../composables/notify';
import { missingFor } from '../documents/campaign-documents.model';
import { CampaignDashboardDocument, CampaignRequiredDocumentsDocument, CampaignWorkflowDefinitionsDocument, CampaignWorkflowDocument } from '../../../graphql/generated/graphql';

/**
 * The campaign in its workflow: the diagram of the definition it runs on with the current state,
 * the events (allowed now, or refused with the API's reasons), firing one, and the history; the
 * task workflow beside it with how many tasks sit in each state.
 */
export function useCampaignWorkflow() {
  const campaign = useCurrentCampaign();
  const { user } = useCurrentUser();
  const id = computed(() => campaign.currentId.value);
  const detail = useQuery(
    CampaignWorkflowDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: id.value !== null, fetchPolicy: 'cache-and-network' as const }),
  );
  const info = computed(() => detail.result.value?.campaign ?? null);
  // The definitions the campaign pinned (a version never changes): not the organisation's current
  // ones, and readable by whoever reads the campaign, an office above included.
  const definitions = useQuery(
    CampaignWorkflowDefinitionsDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: id.value !== null }),
  );
  const dashboard = useQuery(
    CampaignDashboardDocument,
    () => ({ campaignId: id.value ?? '' }),
    () => ({ enabled: id.value !== null }),
  );
  const taskCounts = computed(() => Object.fromEntries((dashboard.result.value?.campaignDashboard.byState ?? []).map((s) => [s.state, s.count])));

  const workflow = useWorkflowActions('campaign', id, () => detail.refetch());
  const allowed = computed(() => workflow.actions.value.filter((a) => a.allowed).map((a) => a.event));
  const refused = computed(() => workflow.actions.value.filter((a) => a.available && !a.allowed).map((a) => a.event));
  const canFire = computed(() => (user.value?.roles ?? []).includes('office_admin'));
  // The documents the workflow asks for (same query as 创建文件, so both read one cache entry).
  const documents = useQuery(
    CampaignRequiredDocumentsDocument,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: id.value !== null && canFire.value, fetchPolicy: 'cache-and-network' as const }),
  );
  /** The documents a refused event waits for (its guard names them and they have no file yet): 「去上传…」 beside it. */
  const missingDocuments = (event: string) => missingFor(event, documents.result.value?.campaign.requiredDocuments ?? []);

  async function fire(action: WorkflowAction): Promise<void> {
    if (!info.value) return;
    // A comment is required where the workflow says needsComment, optional otherwise.
    const answer = await workflow.ask(action, { optionalComment: true });
    if (!answer) return;
    const comment = answer.comment;
    await workflow.fire(action.event, info.value.version, comment);
  }

  const errorMessage = computed(() => {
    const e = detail.error.value ?? definitions.error.value ?? workflow.loadError.value;
    return e ? errorMessageOf(e) : null;
  });
  watch(errorMessage, (m) => m && ElMessage.error({ message: m, grouping: true }));

  return {
    info,
    definition: computed(() => definitions.result.value?.campaign.workflowDefinition ?? null),
    taskDefinition: computed(() => definitions.result.value?.campaign.taskWorkflowDefinition ?? null),
    taskCounts,
    workflow,
    allowed,
    refused,
    canFire,
    missingDocuments,
    fire,
    errorMessage,
    loading: computed(() => detail.loading.value || workflow.loading.value),
    reload: () => {
      void detail.refetch()?.catch(() => undefined);
      if (canFire.value) void documents.refetch()?.catch(() => undefined);
      workflow.reload();
    },
  };
}
