import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, type Ref } from 'vue';
import { errorMessageOf } from '../../../composables/notify';
import { AssignCampaignRoleDocument, CampaignRoleAssignmentsDocument, RevokeCampaignRoleDocument, UsersDocument } from '../../../graphql/generated/graphql';

const VIEW_LABELS: Readonly<Record<string, string>> = { campaign: '创建工作', tasks: '任务', history: '流转记录' };

/** 'campaign, history' → '创建工作、流转记录' (what a declared role may read in its campaign). */
export function describeViews(views: readonly string[]): string {
  return views.length ? views.map((view) => VIEW_LABELS[view] ?? view).join('、') : '（只能执行流程中交给它的操作）';
}

/**
 * The roles a campaign's workflow declares and who holds them in this campaign: the office admin
 * assigns a user of the organisation to one, or takes it away; it counts in this campaign only.
 */
export function useCampaignRoles(campaignId: Ref<string | null>) {
  const on = () => ({ enabled: campaignId.value !== null, fetchPolicy: 'cache-and-network' as const });
  const roles = useQuery(CampaignRoleAssignmentsDocument, () => ({ campaignId: campaignId.value ?? '' }), on);
  const users = useQuery(UsersDocument, {}, () => ({ enabled: campaignId.value !== null }));
  const { mutate: assignMutation, loading: assigning } = useMutation(AssignCampaignRoleDocument);
  const { mutate: revokeMutation } = useMutation(RevokeCampaignRoleDocument);
  const form = reactive({ role: '', userId: '' });

  const declared = computed(() => roles.result.value?.campaignRoleAssignments.declared ?? []);
  const assignments = computed(() => roles.result.value?.campaignRoleAssignments.assignments ?? []);
  const candidates = computed(() => (users.result.value?.users ?? []).filter((user) => !user.disabled));
  const labelOf = (role: string) => declared.value.find((d) => d.role === role)?.label ?? role;

  async function assign(): Promise<void> {
    if (!campaignId.value || !form.role || !form.userId) return;
    try {
      await assignMutation({ input: { campaignId: campaignId.value, userId: form.userId, role: form.role } });
      ElMessage.success({ message: `已指派${labelOf(form.role)}`, grouping: true });
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
