import { tr } from '../plugins/i18n';
import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import { RemindDepartmentDocument, RemindTaskDocument, ReminderPreviewDocument, RunReminderScanDocument } from '../graphql/generated/graphql';
import { notifyError } from './notify';

/**
 * 催办: one task, one department, or every late and nearly-due task of the organisation — the
 * last only after the office has seen how many departments and tasks it will reach.
 */
export function useUrge() {
  const { resolveClient } = useApolloClient();
  const busy = ref(false);

  async function run<T>(work: () => Promise<T>, failure: string): Promise<T | null> {
    busy.value = true;
    try {
      return await work();
    } catch (error) {
      notifyError(error, failure);
      return null;
    } finally {
      busy.value = false;
    }
  }

  async function urgeTask(taskId: string): Promise<boolean> {
    const result = await run(() => resolveClient().mutate({ mutation: RemindTaskDocument, variables: { input: { taskId } } }), tr('messages.urge.failed'));
    const reminder = result?.data?.remindTask;
    if (!reminder) return false;
    // Sent, but to a department nobody can log in for: the office must know nobody will read it.
    if (reminder.notified === 0) ElMessage.warning({ message: tr('messages.urge.taskUnread', { who: reminder.department.name }), duration: 8000 });
    else ElMessage.success(tr('messages.urge.taskDone', { who: reminder.department.name }, reminder.notified));
    return true;
  }

  async function urgeDepartment(campaignId: string, departmentId: string): Promise<boolean> {
    const result = await run(() => resolveClient().mutate({ mutation: RemindDepartmentDocument, variables: { input: { campaignId, departmentId } } }), tr('messages.urge.failed'));
    if (!result?.data) return false;
    ElMessage.success(tr('messages.urge.departmentDone', {}, result.data.remindDepartment));
    return true;
  }

  /** Asks what a scan would reach, confirms it with the user, then sends. */
  async function remindAll(): Promise<void> {
    const preview = await run(() => resolveClient().query({ query: ReminderPreviewDocument, fetchPolicy: 'network-only' }), tr('messages.urge.previewFailed'));
    const p = preview?.data.reminderPreview;
    if (!p) return;
    if (p.tasks === 0) {
      ElMessage.info(tr('messages.urge.nothingToday'));
      return;
    }
    try {
      await ElMessageBox.confirm(tr('messages.urge.confirm', { departments: p.departments, tasks: p.tasks, overdue: p.overdue }), tr('messages.urge.confirmTitle'), {
        confirmButtonText: tr('messages.urge.send'),
        cancelButtonText: tr('common.cancel'),
        type: 'warning',
      });
    } catch {
      return;
    }
    const sent = await run(() => resolveClient().mutate({ mutation: RunReminderScanDocument }), tr('messages.urge.sendFailed'));
    const r = sent?.data?.runReminderScan;
    if (!r) return;
    if (r.skipped) ElMessage.info(tr('messages.urge.busy'));
    else ElMessage.success(tr('messages.urge.sent', { departments: r.departments, tasks: r.tasksReminded }));
  }

  return { busy, urgeTask, urgeDepartment, remindAll };
}
