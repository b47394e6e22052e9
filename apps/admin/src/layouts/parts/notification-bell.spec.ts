import { flushPromises, mount } from '@vue/test-utils';
import type { FetchResult } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NotificationBell from './notification-bell.vue';
import { CampaignListDocument, MarkNotificationsReadDocument, NotificationsDocument, type NotificationsQuery } from '../../graphql/generated/graphql';
import { LIAISON, answerFor } from '../../testing/fake-api';
import { fakeAdmin, type Answers } from '../../testing/mount-admin';

// The bell in the whole admin against a fake API: unread count, read marks, links.

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

const TASK_ID = '11111111-1111-4111-8111-111111111111';

function notices(readIds: Set<string>): FetchResult {
  const items: Omit<NotificationsQuery['notifications']['edges'][number]['node'], 'read'>[] = [
    { id: 'n1', title: '【催办】评分规则 1.1', body: '办公室催办', entityType: 'task', entityId: TASK_ID, createdAt: '2026-12-05T01:00:00.000Z' },
    { id: 'n2', title: '【创建工作提醒】区科协', body: '3 项已逾期', entityType: 'department', entityId: 'd1', createdAt: '2026-12-04T01:00:00.000Z' },
  ];
  return answerFor(NotificationsDocument, {
    unreadNotificationCount: items.filter((n) => !readIds.has(n.id)).length,
    notifications: {
      totalCount: items.length,
      edges: items.map((n) => ({ node: { ...n, read: readIds.has(n.id) } })),
    },
  });
}

async function mountAdmin() {
  const read = new Set<string>();
  const answers: Answers = (operation) => {
    if (operation.operationName === 'Notifications') return notices(read);
    if (operation.operationName === 'MarkNotificationsRead') {
      const ids = (operation.variables['input'] as { ids: string[] | null }).ids ?? ['n1', 'n2'];
      ids.forEach((id) => read.add(id));
      return answerFor(MarkNotificationsReadDocument, { markNotificationsRead: ids.length });
    }
    if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: [] });
    return undefined;
  };
  const { admin } = fakeAdmin(answers, { user: LIAISON });
  await admin.currentUser.resolve();
  // Where a notice leads is the router's business: recorded, not navigated.
  const push = vi.spyOn(admin.router, 'push').mockResolvedValue(undefined);
  const wrapper = mount(NotificationBell, { global: { plugins: [admin] }, attachTo: document.body });
  unmount = () => wrapper.unmount();
  // The router's first navigation (the layout, loaded lazily) ends before the spec does.
  await admin.router.isReady().catch(() => undefined);
  await flushPromises();
  return { wrapper, read, push };
}

// The first test also loads the lazily imported layout: slow on a busy machine.
describe('the notification bell', { timeout: 20_000 }, () => {
  it('counts the unread ones, marks one read when opened and leads to its task', async () => {
    const { wrapper, push, read } = await mountAdmin();
    await vi.waitFor(() => expect(wrapper.find('[data-test="notifications-unread"] .el-badge__content').text()).toBe('2'));
    await wrapper.get('[data-test="notifications"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-test="notification-item"].is-unread')).toHaveLength(2));
    (document.querySelector('[data-test="notification-item"]') as HTMLElement).click();
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ name: 'my-tasks', params: { taskId: TASK_ID } }));
    expect([...read]).toEqual(['n1']);
    await vi.waitFor(() => expect(wrapper.find('[data-test="notifications-unread"] .el-badge__content').text()).toBe('1'));
  });

  it('marks all read at once', async () => {
    const { wrapper, read } = await mountAdmin();
    await wrapper.get('[data-test="notifications"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('[data-test="notifications-read-all"]')).not.toBeNull());
    (document.querySelector('[data-test="notifications-read-all"]') as HTMLElement).click();
    await vi.waitFor(() => expect(read.size).toBe(2));
    // No count left to show: the badge hides it.
    await vi.waitFor(() => {
      const badge = wrapper.find('[data-test="notifications-unread"] .el-badge__content');
      expect(!badge.exists() || !badge.isVisible()).toBe(true);
    });
  });
});
