import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notLoggedIn, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import type { PublicNamedList } from './public-named-list';

// 命名名单 without login, in the whole admin: nobody is logged in, yet the page opens (no login
// page), reads the public route without a cookie, lists the named units by province and the
// revoked ones apart, and offers the .xlsx; a list that does not exist says so.

setLogVerbosity('error');

const LIST: PublicNamedList = {
  campaign: { name: '第一批全国科普示范县', owner: '中国科学技术协会' },
  provinces: [
    {
      name: '四川省',
      code: '510000',
      named: [
        { name: '江油市', code: '510781', status: '已命名', since: '2026-12-05' },
        { name: '绵竹市', code: '510683', status: '已警告', since: '2026-12-05' },
      ],
    },
  ],
  namedCount: 2,
  revoked: [{ name: '凯里市', code: '522601', status: '已撤销命名', since: '2026-12-06', province: '贵州省' }],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openPage(response: () => Response) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetch);
  // Whatever it asked the GraphQL API, nobody is logged in.
  const { w: wrapper, admin } = await mountAdminAt('/public/campaigns/batch-1/named', (_operation: Operation): Answer => notLoggedIn());
  return { w: wrapper, fetch, admin };
}

describe('the public named list', { timeout: 30_000 }, () => {
  it('opens without login and lists the named by province, the revoked apart, with the .xlsx', async () => {
    const { w, fetch, admin } = await openPage(() => new Response(JSON.stringify(LIST), { status: 200, headers: { 'content-type': 'application/json' } }));
    await vi.waitFor(() => expect(w.find('[data-test="public-list-title"]').exists()).toBe(true), { timeout: 10_000 });
    expect(admin.router.currentRoute.value.name).toBe('public-named-list');
    expect(fetch.mock.calls[0]![0]).toBe('/api/public/campaigns/batch-1/named');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(w.get('[data-test="public-list-title"]').text()).toContain('第一批全国科普示范县');
    expect(w.text()).toContain('已命名 2 个');
    const sichuan = w.get('[data-test="public-province-四川省"]');
    expect(sichuan.text()).toContain('江油市');
    expect(sichuan.text()).toContain('已警告');
    expect(w.get('[data-test="public-revoked"]').text()).toContain('凯里市');
    expect(w.get('[data-test="public-revoked"]').text()).toContain('贵州省');
    expect(w.get('[data-test="public-list-download"]').attributes('href')).toBe('/api/public/campaigns/batch-1/named.xlsx');
    // No menu, no user: the admin layout is not there.
    expect(w.find('[data-test="side-menu"]').exists()).toBe(false);
  });

  it('says a list that does not exist was not found', async () => {
    const { w } = await openPage(() => new Response(JSON.stringify({ errors: [{ message: '公开的命名名单不存在', extensions: { code: 'NOT_FOUND' } }] }), { status: 404 }));
    await vi.waitFor(() => expect(w.find('[data-test="public-list-error"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="public-list-error"]').text()).toContain('没有找到这份公开名单');
  });
});
