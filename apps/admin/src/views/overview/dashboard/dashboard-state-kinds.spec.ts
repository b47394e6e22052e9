import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignDashboardDocument, CampaignListDocument, CampaignWorkflowDocument } from '../../../graphql/generated/graphql';
import { answerFor, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { campaignEntry } from '../../../testing/campaign.fixture';
import { chartOptions } from '../../../testing/chart-stub';

// A campaign whose task workflow names its states otherwise (an inspection round: 起草, 审阅中,
// 退回修改, 已办结): the dashboard counts and colours them by what they mean, with no code knowing
// those names.

setLogVerbosity('error');

const TASK_STATES = [
  { key: 'drafting', label: '起草', kind: 'open' as const },
  { key: 'in_review', label: '审阅中', kind: 'submitted' as const },
  { key: 'sent_back', label: '退回修改', kind: 'returned' as const },
  { key: 'closed', label: '已办结', kind: 'done' as const },
];

const department = (departmentId: string, name: string, submitted: number, returned: number) => ({
  departmentId,
  name,
  kind: 'department',
  rank: 1,
  score: 0.1,
  board: null,
  total: 5,
  done: 0,
  submitted,
  returned,
  overdue: 0,
  progress: 0,
});

function answer(operation: Operation): Answer | undefined {
  if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: [campaignEntry('c-1', '市级科普工作督查', { state: 'inspecting' })] });
  if (operation.operationName === 'CampaignWorkflow')
    return answerFor(CampaignWorkflowDocument, {
      campaign: { id: 'c-1', name: '市级科普工作督查', state: 'inspecting', stateLabel: '督查中', version: 1, taskStates: TASK_STATES, phases: [], documents: [] },
    });
  if (operation.operationName === 'CampaignDashboard')
    return answerFor(CampaignDashboardDocument, {
      campaignDashboard: {
        today: '2026-12-05',
        progress: 0.3,
        totalTasks: 10,
        doneTasks: 3,
        byState: [
          { state: 'drafting', label: '起草', count: 4 },
          { state: 'in_review', label: '审阅中', count: 2 },
          { state: 'sent_back', label: '退回修改', count: 1 },
          { state: 'closed', label: '已办结', count: 3 },
        ],
        byIndicator: [{ code: '1', title: '组织管理', maxScore: 10, total: 10, done: 3, submitted: 2, overdue: 1, progress: 0.3 }],
        byDepartment: [department('d-1', '区科协', 2, 0), department('d-2', '区教委', 0, 1)],
        overdueTasks: [
          {
            taskId: 't-1',
            ruleCode: '1.1',
            ruleText: '有督查方案',
            points: 2,
            departmentName: '区教委',
            dueOn: '2026-12-01',
            daysUntilDue: -4,
            deadlineStatus: 'overdue',
            state: 'sent_back',
            stateLabel: '退回修改',
          },
        ],
      },
    });
  return undefined;
}

describe('dashboard: a workflow with other state names', { timeout: 20_000 }, () => {
  it('counts, tags and colours the states by what they mean', async () => {
    const { w: wrapper } = await mountAdminAt('/dashboard', answer, { hold: ['CampaignScores'] });
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-total"]').exists()).toBe(true));

    expect(wrapper.get('[data-test="kpi-submitted"]').text()).toBe('2');
    expect(wrapper.get('[data-test="kpi-returned"]').text()).toBe('1');

    // The late task sent back shows as sent back: red and filled, under the workflow's own label.
    await vi.waitFor(() => expect(wrapper.find('[data-test="overdue-table"] .task-state[data-kind="returned"]').exists()).toBe(true));
    const tag = wrapper.get('[data-test="overdue-table"] .task-state');
    expect(tag.text()).toBe('退回修改');
    expect(tag.classes()).toEqual(expect.arrayContaining(['el-tag--danger', 'el-tag--dark']));

    // The state chart: each state in its meaning's colour.
    const pie = [...chartOptions.values()].find((o) => JSON.stringify(o ?? null).includes('"pie"')) as { series: [{ data: { name: string; itemStyle: { color: string } }[] }] };
    expect(Object.fromEntries(pie.series[0].data.map((s) => [s.name, s.itemStyle.color]))).toEqual({ 起草: '#1a56b0', 审阅中: '#e6a23c', 退回修改: '#c81e1e', 已办结: '#2f9e44' });
  });
});
