import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { AvailableTransitionsDocument, CampaignDashboardDocument, CampaignListDocument, CampaignRequiredDocumentsDocument } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { workflowAction } from '../../../testing/workflow-action.fixture';

// 工作看板: 申报认定 held up by the missing 自评报告 says so with the API's reasons and links to
// 创建文件 for the same campaign (issue 14: no dead end); nothing is shown once nothing blocks.

setLogVerbosity('error');

// A supervisor reads the dashboard and 创建文件 (the office uploads there).
const SUPERVISOR_USER = { ...OFFICE_ADMIN, id: 'u-supervisor', roles: ['supervisor'] };

const REASONS = ['不能申报认定：还有 3 项任务未处于"已通过"状态（共 43 项）', '不能申报认定：尚未上传自评报告的文件'];

function answers(blocked: boolean) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'Me':
        return meAnswer(SUPERVISOR_USER);
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [{ id: 'c1', name: '沙坪坝区创建全国科普示范区', state: 'creation.evidence', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null }],
        });
      case 'CampaignDashboard':
        return answerFor(CampaignDashboardDocument, {
          campaignDashboard: { today: '2026-12-05', progress: 0, totalTasks: 43, doneTasks: 40, byState: [], byIndicator: [], byDepartment: [], overdueTasks: [] },
        });
      case 'AvailableTransitions':
        return answerFor(AvailableTransitionsDocument, {
          availableTransitions: [
            workflowAction('submit-for-accreditation', '申报认定', blocked ? { allowed: false, reasons: REASONS, to: null } : { to: 'accreditation', toLabel: '认定' }),
            workflowAction('accredit', '认定通过', { allowed: false, available: false, reasons: ['不能认定通过：当前状态下不可执行此操作'] }),
          ],
        });
      case 'CampaignRequiredDocuments':
        return answerFor(CampaignRequiredDocumentsDocument, {
          campaign: {
            id: 'c1',
            name: '沙坪坝区创建全国科普示范区',
            stateLabel: '完善佐证材料及自评报告',
            requiredDocuments: [{ kind: 'self-assessment', label: '自评报告', neededBy: [{ event: 'submit-for-accreditation', label: '申报认定', needsFile: true }], document: null, versions: [] }],
          },
        });
    }
  };
}

async function open(blocked: boolean) {
  const { w: wrapper, admin, api } = await mountAdminAt('/dashboard?campaign=c1', answers(blocked));
  return { api, admin, w: wrapper };
}

describe('dashboard: what blocks the campaign', { timeout: 30_000 }, () => {
  it('lists 申报认定 with its reasons and links the missing 自评报告 to 创建文件 of the same campaign', async () => {
    const { admin, w } = await open(true);
    await vi.waitFor(() => expect(w.find('[data-test="blocker-submit-for-accreditation"]').exists()).toBe(true), { timeout: 10_000 });
    const blocker = w.get('[data-test="blocker-submit-for-accreditation"]');
    expect(blocker.text()).toContain('申报认定');
    for (const reason of REASONS) expect(blocker.text()).toContain(reason);
    // An event of a later step is not a blocker.
    expect(w.find('[data-test="blocker-accredit"]').exists()).toBe(false);
    const link = w.get('[data-test="blocker-upload-self-assessment"]');
    expect(link.text()).toBe('去上传自评报告');
    await link.trigger('click');
    await vi.waitFor(() => expect(admin.router.currentRoute.value.name).toBe('campaign-documents'), { timeout: 10_000 });
    expect(admin.router.currentRoute.value.query).toEqual({ campaign: 'c1', document: 'self-assessment' });
    // 创建文件 lands on that document's card (a supervisor reads it; the office would get its upload open).
    await vi.waitFor(() => expect(w.find('[data-test="document-self-assessment"]').classes()).toContain('is-focused'), { timeout: 10_000 });
    expect(w.find('[data-test="document-form"]').exists()).toBe(false);
  });

  it('shows no panel when nothing blocks', async () => {
    const { api, w } = await open(false);
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'CampaignRequiredDocuments')).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => expect(w.find('[data-test="kpi-total"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.find('[data-test="blockers-panel"]').exists()).toBe(false);
  });
});
