import { ApolloLink, Observable, setLogVerbosity, type FetchResult, type Operation } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createApolloClient } from './apollo';
import { installElementPlus } from './plugins/element-plus';
import { createAppRouter } from './router';
import { indicatorsFixture, phasesFixture } from './testing/indicator-tree.fixture';

// The whole admin against a fake API: the real Apollo client and cache, the real router and
// layout, answers given per operation name.

const TYPENAMES: Record<string, string> = {
  campaigns: 'Campaign',
  campaign: 'Campaign',
  phases: 'CampaignPhase',
  steps: 'CampaignPhase',
  indicators: 'Indicator',
  children: 'Indicator',
  requirements: 'EvidenceRequirement',
  scoringRules: 'ScoringRule',
  responsibleUnits: 'ResponsibleUnit',
};

/** Adds the __typename a real server sends, from the field each object sits in. */
function withTypenames(value: unknown, typename?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withTypenames(v, typename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = typename ? { __typename: typename } : {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'params' ? v : withTypenames(v, TYPENAMES[key]);
  return out;
}

const CAMPAIGNS = [
  { id: 'c-1', name: '沙坪坝区创建2021—2025年度全国科普示范区', state: 'creation', totalScore: 24 },
  { id: 'c-2', name: '沙坪坝区2025年度科普工作总结', state: 'draft', totalScore: 100 },
];

type Answer = FetchResult | Error;

function fakeApi(answer: (operation: Operation) => Answer): { link: ApolloLink; calls: Operation[] } {
  const calls: Operation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        calls.push(operation);
        const result = answer(operation);
        // Answer asynchronously, as the network does.
        setTimeout(() => {
          if (result instanceof Error) observer.error(result);
          else {
            observer.next(result);
            observer.complete();
          }
        }, 0);
      }),
  );
  return { link, calls };
}

function campaignAnswer(operation: Operation): Answer {
  if (operation.operationName === 'CampaignList') return { data: withTypenames({ campaigns: CAMPAIGNS }) as FetchResult['data'] };
  const id = String(operation.variables['id']);
  const campaign = CAMPAIGNS.find((c) => c.id === id);
  if (!campaign) return { errors: [{ message: '创建活动不存在或已被删除', extensions: { code: 'NOT_FOUND' } }] } as unknown as FetchResult;
  return {
    data: withTypenames({
      campaign: { ...campaign, phases: phasesFixture, indicators: id === 'c-1' ? indicatorsFixture : [] },
    }) as FetchResult['data'],
  };
}

// @vue/apollo-composable calls ObservableQuery.getLastResult, which Apollo 3.14 flags as
// deprecated on every failed query; keep the test output to real problems.
setLogVerbosity('error');

let wrapper: VueWrapper | undefined;

async function mountApp(path: string, answer: (operation: Operation) => Answer) {
  const api = fakeApi(answer);
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [router, { install: (app) => installElementPlus(app) }],
      provide: { [DefaultApolloClient]: createApolloClient(api.link) },
    },
  });
  await flushPromises();
  return { wrapper, router, calls: api.calls };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

describe('admin: indicator tree page', () => {
  it('opens the first campaign: header, phases in Chinese months, the indicator table', async () => {
    const { wrapper: w, router } = await mountApp('/', campaignAnswer);
    await vi.waitFor(() => expect(w.findAll('tr.indicator-row')).toHaveLength(2));

    expect(router.currentRoute.value.name).toBe('campaign-indicator-tree');
    expect(w.get('.brand__name').text()).toBe('科普示范区创建工作平台');
    expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区创建2021—2025年度全国科普示范区');
    expect(w.get('.side-menu__item.is-active').text()).toBe('指标体系');
    expect(w.get('[data-test="campaign-state"]').text()).toBe('创建阶段');

    const phases = w.findAll('[data-test="phase"]');
    expect(phases.map((p) => squash(p.get('.phase__name').text()))).toEqual(['筹备阶段', '创建阶段', '认定阶段']);
    expect(w.findAll('[data-test="phase-span"]').map((s) => s.text())).toEqual([
      '2021年12月—2022年3月',
      '2022年4月—2022年11月',
      '2022年12月—2023年1月',
    ]);
    // A step without dates of its own shows its name only.
    expect(w.findAll('.phase__step-name').map((s) => s.text())).toEqual(['宣传动员', '市科协评估检查']);
    expect(w.findAll('.phase__step-span').map((s) => s.text())).toEqual(['2022年10月—2022年11月']);
    expect(squash(w.get('[data-test="summary"]').text())).toBe('2 项指标 · 5 项考察内容 · 6 条评分规则 · 合计 24 分');
    expect(w.find('[data-test="error"]').exists()).toBe(false);
  });

  it('follows the campaign named in the address and asks the API for that one', async () => {
    const { wrapper: w, calls } = await mountApp('/campaigns/indicator-tree?campaign=c-2', campaignAnswer);
    await vi.waitFor(() => expect(w.get('.layout__campaign-name').text()).toBe('沙坪坝区2025年度科普工作总结'));
    await vi.waitFor(() => expect(squash(w.get('[data-test="summary"]').text())).toBe('0 项指标 · 0 项考察内容 · 0 条评分规则 · 合计 0 分'));
    const treeCalls = calls.filter((c) => c.operationName === 'CampaignIndicatorTree');
    expect(treeCalls.map((c) => c.variables['id'])).toEqual(['c-2']);
    expect(w.text()).toContain('暂无指标');
  });

  it("shows the API's Chinese message when the campaign cannot be read, never raw JSON", async () => {
    const { wrapper: w } = await mountApp('/campaigns/indicator-tree?campaign=c-404', campaignAnswer);
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
    const { wrapper: w } = await mountApp('/', () => new TypeError('Failed to fetch'));
    await vi.waitFor(() => expect(w.find('[data-test="error"]').exists()).toBe(true));
    expect(w.get('[data-test="error-message"]').text()).toBe('无法连接服务器，请检查网络后重试。');
    // Nothing empty under the failure, and a way to try again.
    expect(w.find('table').exists()).toBe(false);
    expect(w.get('.page-alert__retry').text()).toBe('重新加载');
  });

  it('loads again on 重新加载 once the server is back', async () => {
    let serverUp = false;
    const { wrapper: w } = await mountApp('/', (operation) => (serverUp ? campaignAnswer(operation) : new TypeError('Failed to fetch')));
    await vi.waitFor(() => expect(w.find('[data-test="error"]').exists()).toBe(true));
    serverUp = true;
    await w.get('.page-alert__retry').trigger('click');
    await vi.waitFor(() => expect(w.findAll('tr.indicator-row')).toHaveLength(2));
    expect(w.find('[data-test="error"]').exists()).toBe(false);
  });

  it('says so when there is no campaign yet', async () => {
    const { wrapper: w } = await mountApp('/', () => ({ data: { campaigns: [] } }));
    await vi.waitFor(() => expect(w.text()).toContain('暂无创建活动，请由办公室管理员先创建'));
    expect(w.find('table').exists()).toBe(false);
  });
});
