import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM } from './chromium';

export { CHROMIUM, launch } from './chromium';
export const ADMIN_DIST = resolve(__dirname, '../../../dist/apps/admin');
export const SCREENSHOTS = resolve(__dirname, '../../../test-artifacts/screenshots');

export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`未找到 Chromium：${CHROMIUM}（apt-get install chromium，或设置 CHROMIUM_PATH）`);
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) throw new Error(`未找到管理界面构建产物 ${ADMIN_DIST}：先运行 npx nx build admin`);
  mkdirSync(SCREENSHOTS, { recursive: true });
}

export interface UserSession {
  context: BrowserContext;
  page: Page;
  /** Messages the page logged as errors, and uncaught exceptions. */
  problems: string[];
}

/** A phone's screen (390 × 844, touch): what a liaison sees opening the admin from WeCom. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** A fresh browser context (own cookies), logged in through the login page; a desktop screen unless told. */
export async function loginAs(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  screen: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean; deviceScaleFactor?: number } = { viewport: { width: 1440, height: 900 } },
): Promise<UserSession> {
  const context = await browser.newContext({ ...screen, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // The server's Content-Security-Policy must fit the built UI: any violation is a problem.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  // Runs in the page (a string: the test project has no DOM types).
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (event) => console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));",
  );
  await page.goto(`${baseUrl}/#/login`);
  await page.fill('#login-username', username);
  await page.fill('#login-password', password);
  await page.click('[data-test="submit"]');
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout: 20000 });
  return { context, page, problems };
}

export async function shot(page: Page, name: string, directory = SCREENSHOTS): Promise<void> {
  // Let charts (ECharts, drawn by script) finish their entry animation; the pages without one need
  // no wait: CSS transitions (dialogs, drawers, messages) are run to their end by `animations`.
  if (await page.locator('.chart-box').count()) await page.waitForTimeout(900);
  await page.screenshot({ path: join(directory, `${name}.png`), animations: 'disabled' });
}

/** Confirms the open Element message box (确认 / 提交 / 通过 …). */
export async function confirmBox(page: Page, text?: string): Promise<void> {
  const box = page.locator('.el-message-box').last();
  await box.waitFor({ state: 'visible' });
  if (text !== undefined) await box.locator('textarea, input').first().fill(text);
  await box.locator('.el-message-box__btns .el-button--primary').click();
  await box.waitFor({ state: 'hidden' });
}

/** Picks an option of an Element select. */
export async function pick(page: Page, select: ReturnType<Page['locator']>, option: string): Promise<void> {
  await select.click();
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option }).first().click();
}

/**
 * Waits for the open task panel to show `state` — by itself: the page follows the API's change
 * stream, so no reload and no retry (another user's change must appear within `ms`).
 */
export async function waitForTaskState(page: Page, state: string, ms = 5000): Promise<void> {
  await page.waitForSelector(`[data-test="task-workspace"][data-task-state="${state}"]`, { timeout: ms });
}
