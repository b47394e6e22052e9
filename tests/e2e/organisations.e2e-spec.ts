import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, launch, loginAs, pick, shot, type UserSession } from './support/browser';

// 系统设置 → 组织机构 and 部门与部门组 in a real browser: the system admin walks the tree and adds a
// city under a province; an office admin sees where they work in the header, their own unit as
// the root of a read-only tree, and their department kinds and groups.

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

test('the system admin walks the tree and creates a city under a province', async () => {
  const session = await loginAs(browser, api.api.url, 'sysadmin', DEMO_PASSWORD);
  sessions.push(session);
  const { page, problems } = session;
  await page.locator('[data-test="header-organisation"]', { hasText: '全平台' }).waitFor();
  await page.click('[data-test="menu-settings-organisations"]');
  const tree = page.locator('[data-test="organisation-tree"]');
  await tree.locator('.el-tree-node__content', { hasText: '全国' }).first().waitFor();
  // Open 全国: the 31 provinces, loaded on demand.
  await tree.locator('.el-tree-node__content', { hasText: '全国' }).first().locator('.el-tree-node__expand-icon').click();
  await tree.locator('.el-tree-node__content', { hasText: '新疆' }).waitFor();
  expect(await tree.locator('.el-tree-node .el-tree-node .el-tree-node__content').count()).toBe(31);

  await tree.locator('.el-tree-node__content', { hasText: '四川' }).click();
  await page.locator('[data-test="organisation-detail"]', { hasText: '四川省' }).waitFor();
  await page.click('[data-test="create-organisation"]');
  const dialog = page.locator('.el-dialog', { hasText: '新建单位' });
  await dialog.waitFor();
  await pick(page, dialog.locator('.el-select').first(), '市级');
  await page.fill('[data-test="organisation-code"]', '510100');
  await page.fill('[data-test="organisation-name"]', '四川省成都市');
  await dialog.locator('input[placeholder^="如「锦江区」"]').fill('成都市');
  await page.click('[data-test="organisation-create-submit"]');
  await page.locator('[data-test="organisation-detail"]', { hasText: '四川省成都市' }).waitFor();
  await tree.locator('.el-tree-node__content', { hasText: '成都市' }).waitFor();
  expect(await page.locator('[data-test="organisation-detail"]').textContent()).toContain('全国 / 四川 / 成都市');

  await page.fill('[data-test="organisation-search"]', '沙坪坝');
  await page.keyboard.press('Enter');
  await page.locator('[data-test="organisation-results"] .el-table__row', { hasText: '全国 / 重庆 / 沙坪坝区' }).waitFor();
  await shot(page, '11a-settings-organisations');
  expect(problems).toEqual([]);
});

test('an office admin sees their place in the header, their own unit read-only, and their kinds and groups', async () => {
  const session = await loginAs(browser, api.api.url, 'office', DEMO_PASSWORD);
  sessions.push(session);
  const { page, problems } = session;
  const header = page.locator('[data-test="header-organisation"]');
  await header.waitFor();
  expect((await header.textContent())?.replace(/\s+/g, '')).toBe('全国/重庆/沙坪坝区');

  await page.click('[data-test="menu-settings-organisations"]');
  const tree = page.locator('[data-test="organisation-tree"]');
  await tree.locator('.el-tree-node__content', { hasText: '沙坪坝区' }).click();
  await page.locator('[data-test="organisation-detail"]', { hasText: '由平台系统管理员维护' }).waitFor();
  expect(await page.locator('[data-test="create-organisation"]').count()).toBe(0);

  await page.click('[data-test="menu-settings-departments"]');
  await page.locator('.el-tabs__item', { hasText: '部门类型' }).click();
  await page.locator('[data-test="kinds-table"] .el-table__row', { hasText: '街道' }).waitFor();
  await page.click('[data-test="create-kind"]');
  const kindDialog = page.locator('.el-dialog', { hasText: '新增部门类型' });
  await kindDialog.locator('input').first().fill('science-base');
  await kindDialog.locator('input').nth(1).fill('科普基地');
  await kindDialog.locator('.el-button--primary').click();
  await page.locator('[data-test="kinds-table"] .el-table__row', { hasText: '科普基地' }).waitFor();
  await shot(page, '10d-settings-department-kinds');

  await page.locator('.el-tabs__item', { hasText: '部门组' }).first().click();
  await page.click('[data-test="create-group"]');
  await page.fill('[data-test="group-name"]', '科普宣传组');
  await page.click('[data-test="group-submit"]');
  await page.locator('[data-test="groups-table"] .el-table__row', { hasText: '科普宣传组' }).waitFor();
  expect(problems).toEqual([]);
});
