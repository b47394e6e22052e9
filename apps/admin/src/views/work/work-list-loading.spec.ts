import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignListDocument, TaskWorkListDocument } from '../../graphql/generated/graphql';
import { LIAISON, answerFor, meAnswer, type Answer } from '../../testing/fake-api';
import { mountAdminAt } from '../../testing/mount-admin';

// 我的任务 before its first answer: a skeleton and filters without counts, never
// "没有符合条件的任务" or 待办 0 that only mean "not read yet".

setLogVerbosity('error');

function answer(operation: Operation): Answer | undefined {
  if (operation.operationName === 'Me') return meAnswer(LIAISON);
  if (operation.operationName === 'CampaignList')
    return answerFor(CampaignListDocument, {
      campaigns: [{ id: 'c-1', name: '沙坪坝区创建全国科普示范区', state: 'creation', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null }],
    });
  if (operation.operationName === 'TaskWorkList') return answerFor(TaskWorkListDocument, { tasks: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
  return undefined;
}

describe('my tasks while loading', { timeout: 20_000 }, () => {
  it('shows a skeleton and no counts until the list is read, then the counts and "none"', async () => {
    const { w: wrapper, api } = await mountAdminAt('/my-tasks', answer, { hold: ['TaskWorkList'] });
    await flushPromises();
    await vi.waitFor(() => expect(api.calls.some((c) => c.operationName === 'TaskWorkList')).toBe(true));
    await flushPromises();

    expect(wrapper.find('[data-test="work-list-skeleton"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="work-filter"]').text()).not.toMatch(/\d/);
    expect(wrapper.text()).not.toContain('没有符合条件的任务');

    api.release();
    await vi.waitFor(() => expect(wrapper.text()).toContain('没有符合条件的任务'));
    expect(wrapper.find('[data-test="work-list-skeleton"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="work-filter"]').text()).toContain('待办0已退回0');
  });
});
