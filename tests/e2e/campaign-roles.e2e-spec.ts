import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, launch, loginAs, pick, shot, type UserSession } from './support/browser';

// 流程角色 in a real browser: the office admin opens an inspection round whose workflow declares
// 检查组, sees what the role may read, assigns it to a user for this round only, and revokes it.

jest.setTimeout(300000);

let api: TestApi;
let browser: Browser;
let campaignId: string;
const sessions: UserSession[] = [];

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  browser = await launch();
  const source = readFileSync(join(__dirname, '../fixtures/workflows/ok/provincial-inspection.yaml'), 'utf8');
  expect((await api.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key } }', { input: { source } })).errors).toBeUndefined();
  const template = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  template.key = 'e2e-inspection';
  template.indicatorSystem.key = 'e2e-inspection-standard';
  template.indicatorSystem.totalScore = 4;
  template.indicatorSystem.indicators = template.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  template.campaign = { name: '区级检查轮次', taskPhase: 'inspection', phases: [{ key: 'inspection', name: '检查阶段', startsOn: '2026-01-01', endsOn: '2026-12-31' }] };
  const setUp = await api.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
    input: { template: stringify(template), workflowKey: 'provincial-inspection' },
  });
  campaignId = setUp.data!.setUpCampaign.campaignId;
  expect(
    (
      await api.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { username: 'jianchazu', displayName: '检查组成员乙', password: 'Inspect@2026team', roles: [] },
      })
    ).errors,
  ).toBeUndefined();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('the office assigns the declared 检查组 role in one campaign, and revokes it', async () => {
  const session = await loginAs(browser, api.api.url, 'office', DEMO_PASSWORD);
  sessions.push(session);
  const { page, problems } = session;
  await page.goto(`${api.api.url}/#/campaigns/workflow?campaign=${campaignId}`);
  const panel = page.locator('[data-test="campaign-roles"]');
  await panel.waitFor();
  expect(await panel.textContent()).toContain('检查组 可查看：创建工作、任务、流转记录');
  await pick(page, page.locator('[data-test="assign-role"]'), '检查组');
  await pick(page, page.locator('[data-test="assign-user"]'), '检查组成员乙');
  await page.click('[data-test="assign-submit"]');
  await panel.locator('.el-table__row', { hasText: '检查组成员乙' }).waitFor();
  await shot(page, '12-campaign-roles');

  const inspector = await api.as('jianchazu', 'Inspect@2026team');
  expect((await inspector('{ campaigns { id } }')).data!.campaigns.map((c: any) => c.id)).toEqual([campaignId]);

  await page.click('[data-test="revoke-jianchazu"]');
  await panel.locator('.el-table__empty-text', { hasText: '尚未指派' }).waitFor();
  expect((await inspector('{ campaigns { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(problems).toEqual([]);
});
