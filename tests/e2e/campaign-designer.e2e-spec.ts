import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { addDays, todayInChina } from '@accredit/calendar-date';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, launch, loginAs, pick, shot, type UserSession } from './support/browser';

// 新建创建工作 in a real browser: the office sets up a campaign on the stored Shapingba template,
// back-scheduled from a target date, previews the tasks and creates it; the 区科协 liaison then
// finds the campaign's first task of theirs in 我的任务.

jest.setTimeout(300000);

let api: TestApi;
let browser: Browser;
const sessions: UserSession[] = [];

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('the office sets up a campaign with back-scheduling; the liaison sees its first task in 我的任务', async () => {
  const office = await loginAs(browser, api.api.url, 'office', DEMO_PASSWORD);
  sessions.push(office);
  const { page, problems } = office;
  await page.click('[data-test="menu-campaign-designer"]');
  await pick(page, page.locator('[data-test="template"]'), '沙坪坝区创建2021—2025年度全国科普示范区任务分解表');
  await page.fill('[data-test="name"]', '沙坪坝区创建全国科普示范区（新一轮）');
  // 创建阶段 (240 days) ends 60 days before the target: today falls in it.
  const target = addDays(todayInChina(), 200);
  const date = page.locator('[data-test="target-date"] input');
  await date.fill(target);
  await date.press('Enter');
  await page.click('[data-test="preview"]');
  const summary = page.locator('[data-test="preview-summary"]');
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(/^将生成 \d+ 项任务，涉及 \d+ 个部门（55 条评分规则）$/);
  expect(await page.locator('[data-test="preview-phases"]').textContent()).toContain(target);
  await shot(page, '20-campaign-designer-preview');
  await page.click('[data-test="create"]');
  await page.waitForURL((url) => url.hash.startsWith('#/tasks'), { timeout: 30000 });
  expect(problems).toEqual([]);

  const liaison = await loginAs(browser, api.api.url, 'kexie', DEMO_PASSWORD);
  sessions.push(liaison);
  await liaison.page.goto(`${api.api.url}/#/my-tasks`);
  // The newest campaign is the one shown first.
  await liaison.page.locator('.layout__campaign-name', { hasText: '沙坪坝区创建全国科普示范区（新一轮）' }).waitFor({ timeout: 30000 });
  const first = liaison.page.locator('[data-test="work-item"]').first();
  await first.waitFor({ timeout: 30000 });
  expect(await first.textContent()).toBeTruthy();
  await shot(liaison.page, '21-campaign-designer-my-tasks');
  expect(liaison.problems).toEqual([]);
});

test('the office moves the end of 创建阶段 with a reason and reads it in the log', async () => {
  const { page, problems } = sessions[0];
  await page.click('[data-test="menu-campaign-plan"]');
  const creation = page.locator('[data-test="plan-phases"] .el-table__row', { hasText: '创建阶段' });
  await creation.waitFor();
  const endsOn = creation.locator('input').nth(1);
  const before = await endsOn.inputValue();
  const after = addDays(before, -10);
  await endsOn.fill(after);
  await endsOn.press('Enter');
  await page.fill('[data-test="reason"]', '市科协提前评估');
  await page.click('[data-test="save-replan"]');
  const entry = page.locator('[data-test="plan-change"]', { hasText: '市科协提前评估' });
  await entry.waitFor({ timeout: 30000 });
  expect(await entry.textContent()).toContain(`${before} → ${after}`);
  await shot(page, '22-campaign-plan-log');
  expect(problems).toEqual([]);
});

test('the office uploads a weighted spreadsheet, sets it up back-scheduled with a department for 本单位 work, and the liaison sees its first task', async () => {
  const { page, problems } = sessions[0];
  // 1. The spreadsheet: four levels, 权重, a 选做 group, rules of the organisation's own.
  await page.goto(`${api.api.url}/#/campaigns/indicator-import`);
  await page.locator('[data-test="file-input"]').setInputFiles(join(__dirname, '../fixtures/tables/ok/weighted-4-level.csv'));
  await page.locator('[data-test="preview-summary"]').waitFor({ timeout: 30000 });
  // The table's 各街道 is not a unit of this district: mapped to the first one offered (suggestions first).
  const unit = page.locator('[data-test="unit-各街道"]');
  if (await unit.count()) {
    await unit.click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').first().click();
  }
  await page.fill('#import-key', 'weighted-e2e');
  await page.click('[data-test="import"]');
  await page.locator('[data-test="import-result"]').waitFor({ timeout: 30000 });
  await shot(page, '23-weighted-import');

  // 2. Set up from it, back-scheduled; 本单位 work goes to 区科协.
  await page.click('[data-test="menu-campaign-designer"]');
  await pick(page, page.locator('[data-test="template"]'), '示例区科普工作评价指标体系');
  await page.fill('[data-test="name"]', '沙坪坝区科普工作评价（权重体系）');
  const date = page.locator('[data-test="target-date"] input');
  await date.fill(addDays(todayInChina(), 200));
  await date.press('Enter');
  await page.click('[data-test="preview"]');
  const summary = page.locator('[data-test="preview-summary"]');
  await summary.waitFor();
  expect(await summary.textContent()).toContain('没有责任部门（本单位工作）');
  await pick(page, page.locator('[data-test="office-department"] .el-select'), '区科协');
  await page.locator('[data-test="preview-summary"]', { hasText: /^将生成 \d+ 项任务，涉及 \d+ 个部门（\d+ 条评分规则）$/ }).waitFor({ timeout: 30000 });
  await shot(page, '24-weighted-designer-preview');
  await page.click('[data-test="create"]');
  await page.waitForURL((url) => url.hash.startsWith('#/tasks'), { timeout: 30000 });
  expect(problems).toEqual([]);

  // 3. The liaison of 区科协 sees the new campaign's first task in 我的任务.
  const liaison = sessions[1];
  await liaison.page.goto(`${api.api.url}/#/my-tasks`);
  // The admin opens the newest campaign when it starts: the liaison opens the admin anew.
  await liaison.page.reload();
  await liaison.page.locator('.layout__campaign-name', { hasText: '沙坪坝区科普工作评价（权重体系）' }).waitFor({ timeout: 30000 });
  await liaison.page.locator('[data-test="work-item"]').first().waitFor({ timeout: 30000 });
  await shot(liaison.page, '25-weighted-my-tasks');
});
