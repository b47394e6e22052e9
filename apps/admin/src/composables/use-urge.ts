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
    const result = await run(() => resolveClient().mutate({ mutation: RemindTaskDocument, variables: { taskId } }), '催办未成功');
    if (!result?.data) return false;
    ElMessage.success(`已催办${result.data.remindTask}`);
    return true;
  }

  async function urgeDepartment(campaignId: string, departmentId: string): Promise<boolean> {
    const result = await run(() => resolveClient().mutate({ mutation: RemindDepartmentDocument, variables: { campaignId, departmentId } }), '催办未成功');
    if (!result?.data) return false;
    ElMessage.success(`已催办，涉及 ${result.data.remindDepartment} 项未完成任务`);
    return true;
  }

  /** Asks what a scan would reach, confirms it with the user, then sends. */
  async function remindAll(): Promise<void> {
    const preview = await run(() => resolveClient().query({ query: ReminderPreviewDocument, fetchPolicy: 'network-only' }), '无法统计将提醒的任务');
    const p = preview?.data.reminderPreview;
    if (!p) return;
    if (p.tasks === 0) {
      ElMessage.info('今天没有需要提醒的任务（已提醒过的任务每天只提醒一次）');
      return;
    }
    try {
      await ElMessageBox.confirm(`将向 ${p.departments} 个部门发送提醒，涉及 ${p.tasks} 项任务（其中 ${p.overdue} 项已逾期）。每项任务每天最多提醒一次。确定发送？`, '发送催办提醒', {
        confirmButtonText: '发送',
        cancelButtonText: '取消',
        type: 'warning',
      });
    } catch {
      return;
    }
    const sent = await run(() => resolveClient().mutate({ mutation: RunReminderScanDocument }), '发送提醒未成功');
    const r = sent?.data?.runReminderScan;
    if (!r) return;
    if (r.skipped) ElMessage.info('另一处正在发送提醒，本次未执行');
    else ElMessage.success(`已提醒 ${r.departments} 个部门的 ${r.tasksReminded} 项任务`);
  }

  return { busy, urgeTask, urgeDepartment, remindAll };
}
