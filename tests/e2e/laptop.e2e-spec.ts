import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';
import { samplePdf } from './support/sample-pdf';

// The common office laptops (1366 × 768, 1440 × 900): the task panel sits beside the list and the
// preview, the dashboard's tables in half the page. Nothing may need sideways scrolling there —
// not the page, not the upload queue, not the evidence table, not the dashboard's tables
// (issue 14, "Layout").

jest.setTimeout(300000);

const LAPTOP = { viewport: { width: 1366, height: 768 } };
const WIDE_LAPTOP = { viewport: { width: 1440, height: 900 } };

let api: TestApi;
let browser: Browser;
let taskId: string;
const sessions: UserSession[] = [];

async function session(username: string, screen: { viewport: { width: number; height: number } }): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, DEMO_PASSWORD, screen);
  sessions.push(s);
  return s;
}

/**
 * How far each part reaches sideways beyond its box: the document, the main area (it scrolls by
 * itself), and every element `selector` finds — an Element table by its body's scroller, anything
 * else by itself. Evaluated in the page, as a string: the test project has no DOM types.
 */
async function overflow(page: Page, selector: string): Promise<{ document: number; main: number; parts: number[] }> {
  return page.evaluate(`(() => {
    const over = (e) => (e ? e.scrollWidth - e.clientWidth : 0);
    const scroller = (e) => e.querySelector('.el-table__body-wrapper .el-scrollbar__wrap') || e;
    return {
      document: over(document.documentElement),
      main: over(document.querySelector('.layout__main')),
      parts: Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((e) => over(scroller(e))),
    };
  })()`);
}

/** Nothing sideways; `count` parts were found (so the check looked at what it means to). */
async function expectFits(page: Page, selector: string, count: number): Promise<void> {
  const o = await overflow(page, selector);
  expect(o.document).toBeLessThanOrEqual(0);
  expect(o.main).toBeLessThanOrEqual(0);
  expect(o.parts).toHaveLength(count);
  // A pixel of rounding is not a scrollbar.
  for (const part of o.parts) expect(part).toBeLessThanOrEqual(1);
}

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  const campaigns = await api.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }');
  const campaignId = campaigns.data!.campaigns[0]!.id;
  const kexie = await api.as('kexie');
  const tasks = await kexie<{ tasks: { edges: { node: { id: string; state: string } }[] } }>('query($c: ID!) { tasks(campaignId: $c, first: 50) { edges { node { id state } } } }', { c: campaignId });
  const task = tasks.data!.tasks.edges.map((e) => e.node).find((t) => t.state === 'pending');
  if (!task) throw new Error('区科协没有待开始的任务');
  taskId = task.id;
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('at 1366 × 768 a liaison queues, uploads and previews files in the task panel without sideways scrolling', async () => {
  const { page, problems } = await session('kexie', LAPTOP);
  await page.click(`[data-test="work-item"][data-task-id="${taskId}"]`);
  const workspace = page.locator('[data-test="task-workspace"]');
  await workspace.waitFor();
  await page.locator('[data-requirement="1-1"]').waitFor();
  await expectFits(page, '[data-test="evidence-table"]', 1);

  // Two files in the queue, each with its requirement, kind, date and description.
  await page.locator('[data-test="evidence-drop"] input[type="file"]').setInputFiles([
    { name: '关于成立创建全国科普示范区工作领导小组的通知（正式印发稿）.pdf', mimeType: 'application/pdf', buffer: samplePdf('Laptop upload one') },
    { name: '领导小组第一次会议纪要.pdf', mimeType: 'application/pdf', buffer: samplePdf('Laptop upload two') },
  ]);
  const queue = page.locator('[data-test="upload-queue"]');
  await queue.waitFor();
  await expectFits(page, '[data-test="upload-queue"]', 1);
  for (const [i, code] of [
    [0, '1-1'],
    [1, '1-2'],
  ] as const) {
    await queue.locator('[data-test="queue-requirement"]').nth(i).click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: code }).first().click();
    // The next select opens its own dropdown once this one has gone.
    await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' });
  }
  await shot(page, 'laptop-01-upload-queue');
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="evidence-name"]', { hasText: '领导小组第一次会议纪要.pdf' }).waitFor();
  await page.locator('[data-test="evidence-name"]', { hasText: '正式印发稿' }).waitFor();
  await expectFits(page, '[data-test="evidence-table"]', 1);

  // The preview opens beside the task: the panel narrows, the table still fits.
  await page.locator('[data-test="evidence-name"]', { hasText: '领导小组第一次会议纪要.pdf' }).click();
  await page.locator('.workspace__preview').waitFor();
  await page.waitForTimeout(300);
  await expectFits(page, '[data-test="evidence-table"]', 1);
  await shot(page, 'laptop-02-evidence-preview');

  // Submitted for review, for the office's check below.
  await page.locator('[data-test="action-submit"]:not([disabled])').waitFor();
  await page.click('[data-test="action-submit"]');
  await confirmBox(page);
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="submitted"]');
  expect(problems).toEqual([]);
});

test('at 1366 × 768 the office reviews the task with its evidence beside the preview, without sideways scrolling', async () => {
  const { page, problems } = await session('office', LAPTOP);
  await page.goto(`${api.api.url}/#/review/${taskId}`);
  await page.locator('[data-test="task-workspace"]').waitFor();
  await page.locator('[data-test="evidence-name"]', { hasText: '领导小组第一次会议纪要.pdf' }).waitFor();
  await page.locator('.workspace__preview').waitFor();
  await expectFits(page, '[data-test="evidence-table"]', 1);
  await shot(page, 'laptop-03-review');
  expect(problems).toEqual([]);
});

test.each([
  ['1366 × 768', LAPTOP],
  ['1440 × 900', WIDE_LAPTOP],
])('at %s the dashboard’s late tasks and points at risk fit their half of the page', async (_name, screen) => {
  const { page, problems } = await session('office', screen);
  await page.goto(`${api.api.url}/#/dashboard`);
  await page.locator('[data-test="progress-text"]').waitFor();
  await page.locator('[data-test="overdue-table"]').waitFor();
  await page.locator('[data-test="risk-table"]').waitFor();
  await page.waitForTimeout(300);
  await expectFits(page, '[data-test="overdue-table"], [data-test="risk-table"]', 2);
  await page.locator('[data-test="overdue-table"]').scrollIntoViewIfNeeded();
  await shot(page, `laptop-04-dashboard-${screen.viewport.width}`);
  expect(problems).toEqual([]);
});
