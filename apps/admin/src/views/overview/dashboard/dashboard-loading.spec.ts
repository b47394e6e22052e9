import { setLogVerbosity } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignDashboardDocument, CampaignListDocument } from '../../../graphql/generated/graphql';
import { answerFor } from '../../../testing/fake-api';
import { campaignEntry } from '../../../testing/campaign.fixture';
import { mountAdminAt, type Answers } from '../../../testing/mount-admin';

// The dashboard before its first answer: skeletons, never 任务总数 0, 0 % or 已逾期 0 that only
// mean "not read yet"; with the answer, the real figures.

setLogVerbosity('error');

const DASHBOARD = answerFor(CampaignDashboardDocument, {
  campaignDashboard: {
    today: '2026-12-05',
    progress: 0.25,
    totalTasks: 12,
    doneTasks: 3,
    byState: [
      { state: 'approved', label: '已通过', count: 3 },
      { state: 'pending', label: '待开始', count: 9 },
    ],
    byIndicator: [{ code: '1', title: '组织管理', maxScore: 10, total: 12, done: 3, submitted: 0, overdue: 2, progress: 0.25 }],
    byDepartment: [{ departmentId: 'd-1', name: '区科协', kind: 'department', rank: 1, score: 0.083, board: 'red', total: 12, done: 3, submitted: 0, returned: 0, overdue: 2, progress: 0.25 }],
    overdueTasks: [],
  },
});

const answers: Answers = (operation) => {
  if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: [campaignEntry('c-1', '沙坪坝区创建全国科普示范区', { state: 'creation' })] });
  if (operation.operationName === 'CampaignDashboard') return DASHBOARD;
  return undefined;
};

describe('dashboard: loading, then its figures', { timeout: 20_000 }, () => {
  it('shows skeletons until the first answer, then the figures', async () => {
    const { w: wrapper, admin, api } = await mountAdminAt('/dashboard', answers, { hold: ['CampaignDashboard', 'CampaignWorkflow', 'CampaignScores'] });
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('.dashboard__kpis').exists()).toBe(true));
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'CampaignDashboard')).toBe(true));

    const kpis = wrapper.get('.dashboard__kpis');
    expect(kpis.findAll('[data-test="kpi-skeleton"]')).toHaveLength(3);
    expect(kpis.find('[data-test="kpi-total"]').exists()).toBe(false);
    expect(kpis.find('[data-test="progress-text"]').exists()).toBe(false);
    expect(kpis.text()).not.toMatch(/\d/);
    expect(wrapper.find('[data-test="overdue-table"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="ranking-red"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('没有逾期或即将到期的任务');

    // The phases and the scores stay unanswered: their parts keep their skeletons.
    api.release(['CampaignDashboard']);
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-total"]').exists()).toBe(true));
    expect(wrapper.get('[data-test="kpi-total"]').text()).toBe('12');
    expect(wrapper.get('[data-test="kpi-approved"]').text()).toBe('3');
    expect(wrapper.get('[data-test="progress-text"]').text()).toContain('25%（3 / 12）');
    expect(wrapper.get('[data-test="kpi-overdue"]').text()).toBe('2');

    // A row of the 红黑榜 opens the task table of that department.
    // (Recorded, not navigated: the task table is another spec's business.)
    const push = vi.spyOn(admin.router, 'push').mockResolvedValue(undefined);
    await wrapper.get('[data-test="ranking-red"] [data-test="ranking-row"]').trigger('click');
    expect(push).toHaveBeenCalledWith({ name: 'task-table', query: { department: 'd-1' } });
  });
});
