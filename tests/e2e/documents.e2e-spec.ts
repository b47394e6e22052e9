import { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, PHONE, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';
import { samplePdf } from './support/sample-pdf';

// Issue 14, "dead ends": 申报认定 is refused for the missing 自评报告. In a real browser the office
// follows 「去上传自评报告」 from 创建流程 to 创建文件, uploads the report, goes back, and 申报认定
// can be done — and is done.

jest.setTimeout(300000);

let api: TestApi;
let browser: Browser;
let campaignId: string;
const sessions: UserSession[] = [];

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  browser = await launch();
  campaignId = (await api.gql('{ campaigns { id } }')).data!.campaigns[0].id;
  // Into 完善佐证材料及自评报告 through the workflow itself.
  for (const event of ['start-creation', 'collect-evidence']) {
    const { data } = await api.gql('query($id: ID!) { campaign(id: $id) { version } }', { id: campaignId });
    const fired = await api.gql('mutation($input: TransitionInput!) { transition(input: $input) { state } }', {
      input: { entityType: 'campaign', id: campaignId, event, expectedVersion: data!.campaign.version },
    });
    expect(fired.errors).toBeUndefined();
  }
  // The other condition of 申报认定 (every task approved) is the review journey's subject, not this
  // one's: arranged here so that the report is the only thing missing.
  await api.api.app.get(MikroORM).em.getConnection().execute(`update task set state = 'approved' where campaign_id = ?`, [campaignId]);
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('the office uploads the 自评报告 from the refused 申报认定, and 申报认定 then goes through', async () => {
  const session = await loginAs(browser, api.api.url, 'office', DEMO_PASSWORD);
  sessions.push(session);
  const { page, problems } = session;
  await page.goto(`${api.api.url}/#/campaigns/workflow?campaign=${campaignId}`);

  const submit = page.locator('[data-test="campaign-actions"] .wf-action', { hasText: '申报认定' });
  await submit.locator('text=不能申报认定：尚未上传自评报告').waitFor();
  expect(await submit.locator('[data-test="campaign-action-submit-for-accreditation"]').count()).toBe(0);
  await submit.locator('[data-test="upload-document-self-assessment"]').click();

  // 创建文件, for the same campaign.
  const card = page.locator('[data-test="document-self-assessment"]');
  await card.waitFor();
  expect(page.url()).toContain(`campaign=${campaignId}`);
  expect(await card.locator('[data-test="document-status"]').textContent()).toBe('未上传');
  expect(await card.locator('[data-test="document-needed"]').textContent()).toBe('「申请市级评估」「申报认定」等操作需要此文件');
  // The link named the document (?document=self-assessment): its card is marked and its upload already open.
  expect(page.url()).toContain('document=self-assessment');
  expect(await card.getAttribute('aria-current')).toBe('true');
  await card.locator('[data-test="document-form"]').waitFor();
  expect(await card.locator('input[data-test="document-title"]').inputValue()).toMatch(/自评报告$/);

  // A file that is not a document is refused with the API's words; nothing is attached.
  await card
    .locator('[data-test="document-file-input"]')
    .setInputFiles({ name: '自评报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not a pdf at all', 'latin1') });
  await card.locator('[data-test="document-send"]').click();
  await card.locator('[data-test="document-error"]').waitFor();
  expect(await card.locator('[data-test="document-error"]').textContent()).toMatch(/可执行程序|不支持|类型/);
  expect(await card.locator('[data-test="document-status"]').textContent()).toBe('未上传');

  await card.locator('[data-test="document-file-input"]').setInputFiles({ name: '沙坪坝区自评报告.pdf', mimeType: 'application/pdf', buffer: samplePdf('Shapingba self-assessment report') });
  await card.locator('[data-test="document-send"]').click();
  await card.locator('[data-test="document-status"]', { hasText: '已上传' }).waitFor();
  expect(await card.locator('[data-test="document-file"]').textContent()).toContain('沙坪坝区自评报告.pdf');
  expect(await card.locator('[data-test="document-by"]').textContent()).toContain('区科协（领导小组办公室）管理员');
  await shot(page, '13-campaign-documents');

  // Back on 创建流程: 申报认定 is now possible, and done.
  await page.goto(`${api.api.url}/#/campaigns/workflow?campaign=${campaignId}`);
  const fire = page.locator('[data-test="campaign-action-submit-for-accreditation"]');
  await fire.waitFor();
  expect(await page.locator('[data-test="upload-document-self-assessment"]').count()).toBe(0);
  await fire.click();
  await confirmBox(page);
  await page.locator('[data-test="campaign-state"]', { hasText: '认定' }).waitFor();
  expect((await api.gql('query($id: ID!) { campaign(id: $id) { state } }', { id: campaignId })).data!.campaign.state).toBe('accreditation');
  expect(problems).toEqual([]);
});

test('a supervisor reads 创建文件 on a phone: the report, who uploaded it, a download, no upload, nothing wider than the screen', async () => {
  const session = await loginAs(browser, api.api.url, 'supervisor', DEMO_PASSWORD, PHONE);
  sessions.push(session);
  const { page, problems } = session;
  await page.goto(`${api.api.url}/#/campaigns/documents?campaign=${campaignId}`);
  const card = page.locator('[data-test="document-self-assessment"]');
  await card.locator('[data-test="document-status"]', { hasText: '已上传' }).waitFor();
  expect(await card.locator('[data-test="document-by"]').textContent()).toContain('区科协（领导小组办公室）管理员');
  expect(await card.locator('[data-test="document-download"]').count()).toBe(1);
  expect(await card.locator('[data-test="document-upload"]').count()).toBe(0);
  const widths = (await page.evaluate(
    '(() => { const main = document.querySelector(".layout__main"); return { page: document.documentElement.scrollWidth, main: main ? main.scrollWidth - main.clientWidth : 0 }; })()',
  )) as { page: number; main: number };
  expect(widths.page).toBeLessThanOrEqual(390);
  expect(widths.main).toBeLessThanOrEqual(0);
  await shot(page, 'phone-09-campaign-documents');
  expect(problems).toEqual([]);
});
