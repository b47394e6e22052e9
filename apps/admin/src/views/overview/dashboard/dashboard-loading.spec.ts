import { setLogVerbosity, type FetchResult, type Operation } from '@apollo/client/core';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../../App.vue';
import { createAdmin } from '../../../admin';
import { CampaignDashboardDocument, CampaignListDocument } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, fakeApi, meAnswer, myOrganisation, noNotifications, type Answer } from '../../../testing/fake-api';

// The dashboard before its first answer: skeletons, never 任务总数 0, 0 % or 已逾期 0 that only
// mean "not read yet"; with the answer, the real figures.

setLogVerbosity('error');

// jsdom draws no canvas: the charts are a box with their label here.
vi.mock('../../../components/charts/chart-box.vue', async () => {
  const { defineComponent, h } = await import('vue');
  return { default: defineComponent({ props: { label: { type: String, default: '' } }, setup: (props) => () => h('div', { class: 'chart-stub' }, props.label) }) };
});

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

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

function answer(operation: Operation): Answer {
  if (operation.operationName === 'Me') return meAnswer(OFFICE_ADMIN);
  if (operation.operationName === 'Notifications') return noNotifications();
  if (operation.operationName === 'MyOrganisation') return myOrganisation();
  if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: [{ id: 'c-1', name: '沙坪坝区创建全国科普示范区', state: 'creation', totalScore: 100 }] });
  if (operation.operationName === 'CampaignDashboard') return DASHBOARD;
  return { data: null, errors: [{ message: '无关', extensions: { code: 'NOT_FOUND' } }] } as unknown as FetchResult;
}

describe('dashboard: loading, then its figures', { timeout: 20_000 }, () => {
  it('shows skeletons until the first answer, then the figures', async () => {
    const api = fakeApi(answer, { hold: ['CampaignDashboard', 'CampaignWorkflow', 'CampaignScores'] });
    const admin = createAdmin({ history: createMemoryHistory(), link: api.link });
    await admin.router.push('/dashboard');
    await admin.router.isReady();
    wrapper = mount(App, { attachTo: document.body, global: { plugins: [admin] } });
    await flushPromises();
    await vi.waitFor(() => expect(wrapper!.find('.dashboard__kpis').exists()).toBe(true));
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
    await vi.waitFor(() => expect(wrapper!.find('[data-test="kpi-total"]').exists()).toBe(true));
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
