import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CampaignIndicatorTreeDocument, CampaignListDocument, LoginDocument, LogoutDocument } from './graphql/generated/graphql';
import { LIAISON, OFFICE_ADMIN, answerFor, apiError, notLoggedIn, type Answer } from './testing/fake-api';
import { mountAdminAt, pageAnswers } from './testing/mount-admin';
import { campaignEntry } from './testing/campaign.fixture';
import { indicatorsFixture, phasesFixture } from './testing/indicator-tree.fixture';

// The whole admin against a fake API: the real Apollo client and cache, the real router,
// guard and layout, answers given per operation name. The user is logged in (`me` answers).

const CAMPAIGNS = [
  campaignEntry('c-1', '沙坪坝区创建2021—2025年度全国科普示范区', { state: 'creation', totalScore: 24 }),
  campaignEntry('c-2', '沙坪坝区2025年度科普工作总结', { state: 'draft', totalScore: 100 }),
];

function campaignAnswer(operation: Operation): Answer {
  if (operation.operationName === 'CampaignList') return answerFor(CampaignListDocument, { campaigns: CAMPAIGNS });
  const id = String(operation.variables['id']);
  const campaign = CAMPAIGNS.find((c) => c.id === id);
  if (!campaign) return apiError('创建活动不存在或已被删除', 'NOT_FOUND');
  return answerFor(CampaignIndicatorTreeDocument, {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      state: campaign.state,
      totalScore: campaign.totalScore,
      phases: phasesFixture,
      indicatorNodes: id === 'c-1' ? indicatorsFixture.map(({ children: _children, ...node }) => ({ ...node, parentId: null })) : [],
    },
  });
}

// @vue/apollo-composable calls ObservableQuery.getLastResult, which Apollo 3.14 flags as
// deprecated on every failed query; keep the test output to real problems.
setLogVerbosity('error');

async function mountApp(path: string, answer: (operation: Operation) => Answer, user = OFFICE_ADMIN) {
  const mounted = await mountAdminAt(path, pageAnswers(answer), { user });
  await flushPromises();
  return mounted;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('admin: indicator tree page', () => {
  it('opens the first campaign: header, phases in Chinese months, the indicator table', async () => {
    const { w, router } = await mountApp('/campaigns/indicator-tree', campaignAnswer);
    await vi.waitFor(() => expect(w.findAll('tr.indicator-row')).toHaveLength(2));

    expect(router.currentRoute.value.name).toBe('campaign-indicator-tree');
    expect(w.get('.brand__name').text()).toBe('科普示范区创建工作平台');
    // Where the user works, with the levels above it.
    expect(w.get('[data-test="header-organisation"]').text().replace(/\s+/g, '')).toBe('全国/重庆/沙坪坝区');
    expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区创建2021—2025年度全国科普示范区');
    expect(w.get('.side-menu__item.is-active').text()).toBe('指标体系');
    expect(w.get('[data-test="campaign-state"]').text()).toBe('创建阶段');

    const phases = w.findAll('[data-test="phase"]');
    expect(phases.map((p) => squash(p.get('.phase__name').text()))).toEqual(['筹备阶段', '创建阶段', '认定阶段']);
    expect(w.findAll('[data-test="phase-span"]').map((s) => s.text())).toEqual(['2021年12月—2022年3月', '2022年4月—2022年11月', '2022年12月—2023年1月']);
    // A step without dates of its own shows its name only.
    expect(w.findAll('.phase__step-name').map((s) => s.text())).toEqual(['宣传动员', '市科协评估检查']);
    expect(w.findAll('.phase__step-span').map((s) => s.text())).toEqual(['2022年10月—2022年11月']);
    expect(squash(w.get('[data-test="summary"]').text())).toBe('2 项指标 · 5 项考察内容 · 6 条评分规则 · 合计 24 分');
    expect(w.find('[data-test="error"]').exists()).toBe(false);
  });

  it('follows the campaign named in the address and asks the API for that one', async () => {
    const { w, calls } = await mountApp('/campaigns/indicator-tree?campaign=c-2', campaignAnswer);
    await vi.waitFor(() => expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区2025年度科普工作总结'));
    await vi.waitFor(() => expect(squash(w.get('[data-test="summary"]').text())).toBe('0 项指标 · 0 项考察内容 · 0 条评分规则 · 合计 0 分'));
    const treeCalls = calls.filter((c) => c.operationName === 'CampaignIndicatorTree');
    expect(treeCalls.map((c) => c.variables['id'])).toEqual(['c-2']);
    expect(w.text()).toContain('暂无指标');
  });

  it("shows the API's Chinese message when the campaign cannot be read, never raw JSON", async () => {
    const { w } = await mountApp('/campaigns/indicator-tree?campaign=c-404', campaignAnswer);
    await vi.waitFor(() => expect(w.find('[data-test="error"]').exists()).toBe(true));
    const alert = w.get('[data-test="error"]');
    expect(alert.get('.el-alert__title').text()).toBe('数据加载失败');
    expect(alert.get('[data-test="error-message"]').text()).toBe('创建活动不存在或已被删除');
    expect(alert.text()).not.toContain('{');
    expect(alert.text()).not.toContain('NOT_FOUND');
    // The same message also pops up.
    await vi.waitFor(() => expect(document.body.querySelector('.el-message')?.textContent).toContain('创建活动不存在或已被删除'));
  });

  it('says in Chinese when the server cannot be reached', async () => {
    const { w } = await mountApp('/campaigns/indicator-tree', () => new TypeError('Failed to fetch'));
    await vi.waitFor(() => expect(w.find('[data-test="error"]').exists()).toBe(true));
    expect(w.get('[data-test="error-message"]').text()).toBe('无法连接服务器，请检查网络后重试。');
    // Nothing empty under the failure, and a way to try again.
    expect(w.find('table').exists()).toBe(false);
    expect(w.get('.page-alert__retry').text()).toBe('重新加载');
  });

  it('loads again on 重新加载 once the server is back', async () => {
    let serverUp = false;
    const { w } = await mountApp('/campaigns/indicator-tree', (operation) => (serverUp ? campaignAnswer(operation) : new TypeError('Failed to fetch')));
    await vi.waitFor(() => expect(w.find('[data-test="error"]').exists()).toBe(true));
    serverUp = true;
    await w.get('.page-alert__retry').trigger('click');
    await vi.waitFor(() => expect(w.findAll('tr.indicator-row')).toHaveLength(2));
    expect(w.find('[data-test="error"]').exists()).toBe(false);
  });

  it('says so when there is no campaign yet', async () => {
    const { w } = await mountApp('/campaigns/indicator-tree', () => answerFor(CampaignListDocument, { campaigns: [] }));
    await vi.waitFor(() => expect(w.text()).toContain('暂无创建活动，请由办公室管理员先创建'));
    expect(w.find('table').exists()).toBe(false);
  });
});

describe('admin: the logged-in user', () => {
  it('shows who is logged in: name, role in Chinese, department', async () => {
    const { w } = await mountApp('/campaigns/indicator-tree', campaignAnswer, LIAISON);
    await vi.waitFor(() => expect(w.find('[data-test="user-name"]').exists()).toBe(true));
    expect(w.get('[data-test="user-name"]').text()).toBe('李文');
    expect(w.get('[data-test="user-roles"]').text()).toBe('部门联络员');
    expect(w.get('[data-test="user-unit"]').text()).toBe('区科协');
  });

  it('shows the organisation for a user without a department', async () => {
    const { w } = await mountApp('/campaigns/indicator-tree', campaignAnswer);
    await vi.waitFor(() => expect(w.find('[data-test="user-name"]').exists()).toBe(true));
    expect(w.get('[data-test="user-roles"]').text()).toBe('办公室管理员');
    expect(w.get('[data-test="user-unit"]').text()).toBe('沙坪坝区');
  });

  it('logs out from the header menu: the API is told, the cache is dropped, the login page shows', async () => {
    const { w, router, client, calls } = await mountApp('/campaigns/indicator-tree?campaign=c-2', (operation) =>
      operation.operationName === 'Logout' ? answerFor(LogoutDocument, { logout: true }) : campaignAnswer(operation),
    );
    await vi.waitFor(() => expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区2025年度科普工作总结'));
    expect(Object.keys(client.cache.extract())).not.toHaveLength(0);

    await w.get('.user-menu').trigger('click');
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="logout"]')).not.toBeNull());
    (document.body.querySelector('[data-test="logout"]') as HTMLElement).click();

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(calls.filter((c) => c.operationName === 'Logout')).toHaveLength(1);
    // Whoever logs in next starts on the home page, not on this user's last page.
    expect(router.currentRoute.value.query).toEqual({});
    await vi.waitFor(() => expect(w.find('[data-test="submit"]').exists()).toBe(true));
    expect(w.find('.layout__header').exists()).toBe(false);
    await vi.waitFor(() => expect(client.cache.extract()).toEqual({}));
  });

  it('goes back to the login page with 登录已过期 when the session expires in use, and returns after login', async () => {
    let expired = false;
    const { w, router, calls } = await mountApp('/campaigns/indicator-tree?campaign=c-2', (operation) => {
      if (operation.operationName === 'Login') {
        expired = false;
        return answerFor(LoginDocument, { login: { expiresAt: '2026-11-24T06:00:00.000Z', user: OFFICE_ADMIN } });
      }
      return expired ? notLoggedIn() : campaignAnswer(operation);
    });
    await vi.waitFor(() => expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区2025年度科普工作总结'));

    expired = true;
    await w.get('.page-head__tools .el-button').trigger('click');

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(router.currentRoute.value.query).toEqual({ redirect: '/campaigns/indicator-tree?campaign=c-2' });
    await vi.waitFor(() => expect(w.find('[data-test="login-notice"]').exists()).toBe(true));
    expect(w.get('[data-test="login-notice"]').text()).toBe('登录已过期，请重新登录');
    // The refused refresh is not shown as a page error under the redirect.
    expect(document.body.querySelector('.el-message')).toBeNull();

    await w.get('#login-username').setValue('office');
    await w.get('#login-password').setValue('Kepu@2026demo');
    await w.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/campaigns/indicator-tree?campaign=c-2'));
    await vi.waitFor(() => expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区2025年度科普工作总结'));
    expect(calls.filter((c) => c.operationName === 'Login')).toHaveLength(1);
  });
});
