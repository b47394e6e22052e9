import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, type Ref } from 'vue';
import { errorMessageOf } from '../../../composables/notify';
import { tr, type MessageKey } from '../../../plugins/i18n';
import { AssignCampaignRoleDocument, CampaignRoleAssignmentsDocument, RevokeCampaignRoleDocument } from '../../../graphql/generated/graphql';
import { useUserChoices } from '../../../composables/use-directory-lists';

const VIEW_LABELS: Readonly<Record<string, MessageKey>> = {
  campaign: 'campaignWorkflow.roles.view.campaign',
  tasks: 'campaignWorkflow.roles.view.tasks',
  history: 'campaignWorkflow.roles.view.history',
};

/** 'campaign, history' → '创建工作、流转记录' (what a declared role may read in its campaign). */
export function describeViews(views: readonly string[]): string {
  const label = (view: string): string => (VIEW_LABELS[view] ? tr(VIEW_LABELS[view]!) : view);
  return views.length ? views.map(label).join(tr('campaignWorkflow.roles.viewSeparator')) : tr('campaignWorkflow.roles.actOnly');
}

/**
 * The roles a campaign's workflow declares and who holds them in this campaign: the office admin
 * assigns a user of the organisation to one, or takes it away; it counts in this campaign only.
 */
export function useCampaignRoles(campaignId: Ref<string | null>) {
  const on = () => ({ enabled: campaignId.value !== null, fetchPolicy: 'cache-and-network' as const });
  const roles = useQuery(CampaignRoleAssignmentsDocument, () => ({ campaignId: campaignId.value ?? '' }), on);
  const users = useUserChoices(() => campaignId.value !== null);
  const { mutate: assignMutation, loading: assigning } = useMutation(AssignCampaignRoleDocument);
  const { mutate: revokeMutation } = useMutation(RevokeCampaignRoleDocument);
  const form = reactive({ role: '', userId: '' });

  const declared = computed(() => roles.result.value?.campaignRoleAssignments.declared ?? []);
  const assignments = computed(() => roles.result.value?.campaignRoleAssignments.assignments ?? []);
  const candidates = computed(() => users.nodes.value.filter((user) => !user.disabled));
  const labelOf = (role: string) => declared.value.find((d) => d.role === role)?.label ?? role;

  async function assign(): Promise<void> {
    if (!campaignId.value || !form.role || !form.userId) return;
    try {
      await assignMutation({ input: { campaignId: campaignId.value, userId: form.userId, role: form.role } });
      ElMessage.success({ message: tr('campaignWorkflow.roles.assigned', { role: labelOf(form.role) }), grouping: true });
      form.userId = '';
      await roles.refetch();
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
    }
  }

  async function revoke(userId: string, role: string): Promise<void> {
    if (!campaignId.value) return;
    try {
      await revokeMutation({ input: { campaignId: campaignId.value, userId, role } });
      await roles.refetch();
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
    }
  }

  return { declared, assignments, candidates, form, assigning, assign, revoke, labelOf, describeViews };
}
