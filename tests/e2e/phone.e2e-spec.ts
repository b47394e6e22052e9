import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, PHONE, SCREENSHOTS, assertPrerequisites, confirmBox, launch, loginAs, shot, type UserSession } from './support/browser';
import { samplePdf } from './support/sample-pdf';

// A liaison works from a phone (390 × 844, WeCom's browser): opens the menu, picks a task from the
// list, reads it, uploads a file and submits — on one column, with no sideways scrolling
// anywhere; the office's dashboard and the notifications fit the same screen. The screenshots go
// to test-artifacts/screenshots/phone-*.png; with UPDATE_DOC_SCREENSHOTS=1 to
// docs/screenshots/phone-*.png, which the README shows (a test run leaves the docs alone).

jest.setTimeout(300000);

const WIDTH = PHONE.viewport.width;
const PHONE_SHOTS = process.env['UPDATE_DOC_SCREENSHOTS'] === '1' ? resolve(__dirname, '../../docs/screenshots') : SCREENSHOTS;

let api: TestApi;
let browser: Browser;
let taskId: string;
const sessions: UserSession[] = [];

async function phoneSession(username: string): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, DEMO_PASSWORD, PHONE);
  sessions.push(s);
  return s;
}

function phoneShot(page: Page, name: string): Promise<void> {
  return shot(page, `phone-${name}`, PHONE_SHOTS);
}

/**
 * How far the page reaches sideways: the document, and the main area (which scrolls by itself,
 * so an overflow there would not show on the document). Evaluated in the page, as a string: the
 * test project has no DOM types.
 */
async function widths(page: Page): Promise<{ document: number; main: number; mainClient: number }> {
  return page.evaluate(
    "(() => { const main = document.querySelector('.layout__main'); return { document: document.documentElement.scrollWidth, main: main ? main.scrollWidth : 0, mainClient: main ? main.clientWidth : 0 }; })()",
  );
}

/** Polls `check` until it holds (the drawer slides in 0.2 s); the page's CSP forbids waitForFunction's eval. */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('等待超时');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const w = await widths(page);
  expect(w.document).toBeLessThanOrEqual(WIDTH);
  expect(w.main).toBeLessThanOrEqual(w.mainClient);
}

beforeAll(async () => {
  assertPrerequisites();
  mkdirSync(PHONE_SHOTS, { recursive: true });
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

test('on a phone a liaison opens the menu, opens a task from the list, uploads a file and submits, never scrolling sideways', async () => {
  const { page, problems } = await phoneSession('kexie');
  // The list first: on a phone the task would hide it, so none is opened for the user.
  await page.locator('[data-test="work-item"]').first().waitFor();
  expect(await page.locator('[data-test="task-workspace"]').count()).toBe(0);
  expect(await page.locator('[data-test="side-menu"]').isVisible()).toBe(true);
  await expectNoSidewaysScroll(page);
  await phoneShot(page, '01-my-tasks');

  // The sidebar is a drawer behind ☰: off screen until opened, closed again by choosing a page.
  const menu = page.locator('[data-test="side-menu"]');
  const closed = (await menu.boundingBox())!;
  expect(closed.x + closed.width).toBeLessThanOrEqual(0);
  await page.click('[data-test="menu-toggle"]');
  await until(async () => (await menu.boundingBox())!.x >= 0);
  await phoneShot(page, '02-menu');
  await page.click('[data-test="menu-my-tasks"]');
  await until(async () => {
    const box = (await menu.boundingBox())!;
    return box.x + box.width <= 0;
  });

  // The task: a step of its own, the full width, with the way back to the list.
  await page.click(`[data-test="work-item"][data-task-id="${taskId}"]`);
  const workspace = page.locator('[data-test="task-workspace"]');
  await workspace.waitFor();
  expect(await workspace.isVisible()).toBe(true);
  expect((await workspace.boundingBox())!.width).toBeGreaterThan(300);
  expect(await page.locator('[data-test="work-list"]').count()).toBe(0);
  await page.locator('[data-test="back-to-list"]').waitFor();
  await page.locator('[data-requirement="1-1"]').waitFor();
  await expectNoSidewaysScroll(page);
  await phoneShot(page, '03-task');

  // Pick a file (the picker offers the gallery and the camera as well), tag it, upload.
  expect(await page.locator('[data-test="evidence-drop"] input[type="file"]').getAttribute('accept')).toContain('image/*');
  expect(await page.locator('[data-test="evidence-camera"]').getAttribute('capture')).toBe('environment');
  await page.locator('[data-test="evidence-drop"] input[type="file"]').setInputFiles({ name: '科协工作照片说明.pdf', mimeType: 'application/pdf', buffer: samplePdf('Phone upload') });
  const queue = page.locator('[data-test="upload-queue"]');
  await queue.waitFor();
  await queue.locator('[data-test="queue-requirement"]').first().click();
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '1-1' }).first().click();
  await expectNoSidewaysScroll(page);
  await phoneShot(page, '04-upload');
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="evidence-name"]', { hasText: '科协工作照片说明.pdf' }).waitFor();
  // The evidence table fits the width too: its buttons are reached without scrolling it sideways.
  const tableOverflow = await page.evaluate<number>(
    '(() => { const w = document.querySelector(\'[data-test="evidence-table"] .el-table__body-wrapper .el-scrollbar__wrap\'); return w ? w.scrollWidth - w.clientWidth : -1; })()',
  );
  expect(tableOverflow).toBeGreaterThanOrEqual(0);
  expect(tableOverflow).toBeLessThanOrEqual(1);

  await page.locator('[data-test="action-submit"]:not([disabled])').waitFor();
  // The first upload started the task: no separate 开始 press.
  expect(await workspace.getAttribute('data-task-state')).toBe('in_progress');
  // 提交 first lists the requirements still without evidence (1-1 has its file now).
  await page.click('[data-test="action-submit"]');
  const gaps = page.locator('.el-message-box [data-test="missing-evidence"]');
  await gaps.waitFor();
  expect(await gaps.textContent()).toContain('1-2');
  expect(await gaps.textContent()).not.toContain('1-1 ');
  await phoneShot(page, '05-submit-check');
  await confirmBox(page);
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="submitted"]');
  expect((await workspace.boundingBox())!.width).toBeGreaterThan(300);
  await expectNoSidewaysScroll(page);
  // The frozen evidence: no uploader any more, the file in the table.
  await page.locator('[data-test="evidence-table"]').scrollIntoViewIfNeeded();
  await phoneShot(page, '06-submitted');

  // Back to the list: under 已提交, the task.
  await page.click('[data-test="back-to-list"]');
  await page.locator('[data-test="work-filter"] .el-radio-button', { hasText: '已提交' }).click();
  await page.locator(`[data-test="work-item"][data-task-id="${taskId}"].is-submitted`).waitFor();
  expect(problems).toEqual([]);
});

test('on a phone the notifications fit the screen', async () => {
  const { page } = sessions[0]!;
  await page.click('[data-test="notifications"]');
  const popover = page.locator('.el-popover:visible');
  await popover.waitFor();
  const box = (await popover.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  await phoneShot(page, '07-notifications');
  await page.keyboard.press('Escape');
});

test('on a phone the dashboard stacks its figures, charts and tables in one column', async () => {
  const { page, problems } = await phoneSession('office');
  await page.locator('[data-test="progress-text"]').waitFor();
  await page.locator('[data-test="ranking-red"] tbody tr').first().waitFor();
  await expectNoSidewaysScroll(page);
  // One column: every figure card as wide as the page's main area, less its padding.
  const cards = await page.evaluate<number[]>("Array.from(document.querySelectorAll('.dashboard__kpis .kpi')).map((e) => e.getBoundingClientRect().width)");
  expect(cards.length).toBeGreaterThan(0);
  for (const w of cards) expect(w).toBeGreaterThan(WIDTH - 40);
  await phoneShot(page, '08-dashboard');
  expect(problems).toEqual([]);
});
