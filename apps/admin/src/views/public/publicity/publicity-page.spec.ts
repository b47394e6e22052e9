import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notLoggedIn, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import type { PublicPublicityList } from './public-publicity';

// 公示名单 without login, in the whole admin: nobody is logged in, yet the page opens outside the
// layout, reads the public route without a cookie, shows the publicity dates and the units per
// province, and says where to object; a list that does not exist says so.

setLogVerbosity('error');

const LIST: PublicPublicityList = {
  campaign: { name: '第一批全国科普示范县', owner: '中国科学技术协会' },
  phase: { label: '公示期', startsOn: '2026-12-01', endsOn: '2026-12-10', open: true },
  provinces: [
    {
      name: '四川省',
      code: '510000',
      units: [
        { name: '江油市', code: '510781', status: '公示中' },
        { name: '绵竹市', code: '510683', status: '公示中' },
      ],
    },
    { name: '贵州省', code: '520000', units: [{ name: '凯里市', code: '522601', status: '公示中' }] },
  ],
  count: 3,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openPage(response: () => Response) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetch);
  const { w: wrapper, admin } = await mountAdminAt('/public/campaigns/batch-1/publicity', (_operation: Operation): Answer => notLoggedIn());
  return { w: wrapper, fetch, admin };
}

describe('the public publicity list', { timeout: 30_000 }, () => {
  it('opens without login with the publicity dates and the units by province', async () => {
    const { w, fetch, admin } = await openPage(() => new Response(JSON.stringify(LIST), { status: 200, headers: { 'content-type': 'application/json' } }));
    await vi.waitFor(() => expect(w.find('[data-test="publicity-title"]').exists()).toBe(true), { timeout: 10_000 });
    expect(admin.router.currentRoute.value.name).toBe('public-publicity');
    expect(fetch.mock.calls[0]![0]).toBe('/api/public/campaigns/batch-1/publicity');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(w.get('[data-test="publicity-title"]').text()).toBe('第一批全国科普示范县 · 公示名单');
    expect(w.text()).toContain('公示中 3 个');
    const window = w.get('[data-test="publicity-window"]').text();
    expect(window).toContain('公示期');
    expect(window).toContain('公示中，可以提出异议');
    expect(w.get('[data-test="publicity-province-四川省"]').text()).toContain('绵竹市');
    expect(w.get('[data-test="publicity-province-贵州省"]').text()).toContain('522601');
    expect(w.text()).toContain('请登录后在「公示中」提出');
    expect(w.find('[data-test="side-menu"]').exists()).toBe(false);
  });

  it('says a list that does not exist was not found', async () => {
    const { w } = await openPage(() => new Response(JSON.stringify({ errors: [{ message: '公示名单不存在', extensions: { code: 'NOT_FOUND' } }] }), { status: 404 }));
    await vi.waitFor(() => expect(w.find('[data-test="publicity-error"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="publicity-error"]').text()).toContain('没有找到这份公示名单');
  });
});
