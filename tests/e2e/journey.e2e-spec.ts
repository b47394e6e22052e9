import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, confirmBox, launch, loginAs, pick, shot, type UserSession, waitForTaskState } from './support/browser';
import { samplePdf } from './support/sample-pdf';

// The journey in a real browser against the real API and PostgreSQL: a liaison uploads
// a PDF to a task and submits; the office returns it with a comment; the liaison reads the
// comment, replaces the file and submits again; the office approves; the dashboard's completion
// moves; a liaison of another department cannot open the task by its address. The liaison's and
// the office's pages stay open side by side in two browser contexts and follow each other's
// changes by themselves (the API's change stream): no reload anywhere. Every screen is
// photographed into test-artifacts/screenshots/.

jest.setTimeout(300000);

let api: TestApi;
let browser: Browser;
let campaignId: string;
let taskId: string;
let ruleCode: string;
let baseline: { doneTasks: number; totalTasks: number };
const sessions: UserSession[] = [];
const RETURN_COMMENT = '1-1 缺少盖章页，请上传盖章后的正式文件扫描件';

async function session(username: string): Promise<UserSession> {
  const s = await loginAs(browser, api.api.url, username, DEMO_PASSWORD);
  sessions.push(s);
  return s;
}

beforeAll(async () => {
  assertPrerequisites();
  api = await startTestApi({ env: { ADMIN_DIST } });
  const campaigns = await api.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }');
  campaignId = campaigns.data!.campaigns[0]!.id;
  const kexie = await api.as('kexie');
  const tasks = await kexie<{ tasks: { edges: { node: { id: string; state: string; scoringRule: { code: string } } }[] } }>(
    'query($c: ID!) { tasks(campaignId: $c, first: 50) { edges { node { id state scoringRule { code } } } } }',
    { c: campaignId },
  );
  const task = tasks.data!.tasks.edges.map((e) => e.node).find((t) => t.state === 'pending');
  if (!task) throw new Error('区科协没有待开始的任务');
  taskId = task.id;
  ruleCode = task.scoringRule.code;
  const dashboard = await api.gql<{ campaignDashboard: { doneTasks: number; totalTasks: number } }>('query($c: ID!) { campaignDashboard(campaignId: $c) { doneTasks totalTasks } }', { c: campaignId });
  baseline = dashboard.data!.campaignDashboard;
  browser = await launch();
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  await browser?.close();
  await api?.close();
});

test('the login page, in Chinese', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${api.api.url}/#/login`);
  await page.locator('[data-test="product-name"]').waitFor();
  expect(await page.locator('.login-card__title').textContent()).toBe('用户登录');
  await page.fill('#login-username', 'kexie');
  await page.fill('#login-password', 'wrong-password');
  await page.click('[data-test="submit"]');
  // The API's own message, never raw JSON.
  const error = page.locator('[data-test="login-error"]');
  await error.waitFor();
  expect(await error.textContent()).toContain('用户名或密码错误');
  expect(await error.textContent()).not.toContain('{');
  await page.fill('#login-username', '');
  await shot(page, '01-login');
  await context.close();
});

test('a liaison starts a task, uploads a PDF tagged to a requirement with its date, and submits', async () => {
  const { page, problems } = await session('kexie');
  expect(page.url()).toContain('#/my-tasks');
  await page.goto(`${api.api.url}/#/my-tasks/${taskId}`);
  const workspace = page.locator('[data-test="task-workspace"]');
  await workspace.waitFor();
  expect(await workspace.getAttribute('data-task-state')).toBe('pending');
  // What the task needs: the rule and the indicator's evidence requirements.
  await page.locator('[data-requirement="1-1"]').waitFor();

  await page.click('[data-test="action-start"]');
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="in_progress"]');

  // Submitting without evidence is refused with the API's reason, shown beside the button.
  await page.locator('[data-test="refused-reasons"]', { hasText: '尚无佐证材料' }).waitFor();

  await page.locator('[data-test="evidence-drop"] input[type="file"]').setInputFiles({ name: '科协深化改革实施方案.pdf', mimeType: 'application/pdf', buffer: samplePdf('Shapingba reform plan v1') });
  const queue = page.locator('[data-test="upload-queue"]');
  await queue.waitFor();
  await pick(page, queue.locator('[data-test="queue-requirement"]').first(), '1-1');
  const date = queue.locator('.el-date-editor input').first();
  await date.click();
  await date.fill('2022年4月1日');
  await date.press('Enter');
  await shot(page, '03-my-tasks-upload');
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="evidence-name"]', { hasText: '科协深化改革实施方案.pdf' }).waitFor();
  expect(await page.locator('[data-test="evidence-table"]').textContent()).toContain('2022年4月1日');

  await page.click('[data-test="action-submit"]');
  await confirmBox(page);
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="submitted"]');
  // Once submitted the evidence is frozen: no uploader, no replace.
  expect(await page.locator('[data-test="evidence-drop"]').count()).toBe(0);
  await shot(page, '04-my-tasks-submitted');
  expect(problems).toEqual([]);
});

test('the office admin previews the PDF in the review queue and returns it with a comment', async () => {
  const { page } = await session('office');
  expect(page.url()).toContain('#/dashboard');
  await page.goto(`${api.api.url}/#/review/${taskId}`);
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="submitted"]');
  const frame = page.locator('[data-test="preview-pdf"]');
  await frame.waitFor();
  expect(await frame.getAttribute('src')).toMatch(/\/api\/evidence\/.+\/preview/);
  await shot(page, '05-review-queue');

  // 退回 needs a comment: the prompt refuses an empty one.
  await page.click('[data-test="action-return"]');
  await confirmBox(page, RETURN_COMMENT);
  await page.locator('.el-message--success', { hasText: '已退回' }).waitFor();
});

test('the liaison, whose page stayed open, sees the return within seconds, reads the comment, replaces the file and submits again', async () => {
  const { page } = sessions[0]!;
  // Still the page the liaison submitted from: the office's 退回 arrives by itself.
  expect(page.url()).toContain(`#/my-tasks/${taskId}`);
  await waitForTaskState(page, 'returned');
  const comment = page.locator('[data-test="return-comment"]');
  await comment.waitFor();
  expect(await comment.textContent()).toContain(RETURN_COMMENT);
  await shot(page, '06-my-tasks-returned');

  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-test="replace-1-1"]');
  await (await chooser).setFiles({ name: '科协深化改革实施方案（盖章版）.pdf', mimeType: 'application/pdf', buffer: samplePdf('Shapingba reform plan v2 sealed') });
  await page.locator('[data-test="evidence-name"]', { hasText: '盖章版' }).waitFor();
  await page.locator('[data-test="versions-1-1"]', { hasText: '第 2 版' }).waitFor();

  await page.click('[data-test="action-resubmit"]');
  await confirmBox(page);
  await page.waitForSelector('[data-test="task-workspace"][data-task-state="submitted"]');
});

test('the office admin, whose review page stayed open, sees the resubmission and both versions, and approves; the dashboard completion moves', async () => {
  const { page, problems } = sessions[1]!;
  // Still the review queue the office returned the task from (the returned task left it): the
  // resubmission appears in the queue by itself.
  expect(page.url()).toContain('#/review');
  const item = page.locator(`[data-test="work-item"][data-task-id="${taskId}"]`);
  await item.waitFor({ timeout: 5000 });
  await item.click();
  await waitForTaskState(page, 'submitted');
  await page.click('[data-test="versions-1-1"]');
  await page.locator('.el-popover:visible [data-test="version-item"]').nth(1).waitFor();
  expect(await page.locator('.el-popover:visible [data-test="version-item"]').count()).toBe(2);
  await page.keyboard.press('Escape');
  await page.click('body', { position: { x: 5, y: 300 } });

  await page.click('[data-test="action-approve"]');
  await confirmBox(page);
  await page.locator('.el-message--success', { hasText: '已通过' }).waitFor();

  await page.goto(`${api.api.url}/#/dashboard`);
  const approved = page.locator('[data-test="kpi-approved"]');
  await page.locator('[data-test="kpi-approved"]', { hasText: new RegExp(`^\\s*${baseline.doneTasks + 1}\\s*$`) }).waitFor();
  expect(Number(await approved.textContent())).toBe(baseline.doneTasks + 1);
  expect(await page.locator('[data-test="progress-text"]').textContent()).toContain(`${baseline.doneTasks + 1} / ${baseline.totalTasks}`);
  await page.locator('[data-test="ranking-red"] tbody tr').first().waitFor();
  // The projected score out of 100 and the points at risk come from the API's scores.
  expect(await page.locator('[data-test="projected-points"]').textContent()).toMatch(/\/\s*100/);
  await page.locator('[data-test="risk-table"] .el-table__row').first().waitFor();
  await shot(page, '02-dashboard');
  expect(problems).toEqual([]);
});

test('a liaison of another department cannot open that task by its address', async () => {
  const { page } = await session('xiaolongkan');
  await page.goto(`${api.api.url}/#/my-tasks/${taskId}`);
  const refusal = page.locator('[data-test="task-open-error"]');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('找不到任务');
  expect(await page.locator('[data-test="task-workspace"]').count()).toBe(0);
  // Nor do the office's pages open for a liaison.
  await page.goto(`${api.api.url}/#/review/${taskId}`);
  await page.waitForURL((url) => url.hash.startsWith('#/my-tasks'));
  expect(await page.locator('[data-test="menu-review"]').count()).toBe(0);
  await shot(page, '11-liaison-other-department');
});

test('every other screen shows the seeded Shapingba campaign', async () => {
  const { page } = sessions[1]!;
  const visit = async (hash: string, ready: string, name: string) => {
    await page.goto(`${api.api.url}/#${hash}`);
    await page.locator(ready).first().waitFor({ timeout: 20000 });
    await shot(page, name);
  };
  await visit('/tasks', '.tt-row', '07-task-table');
  await page.locator('input[data-test="filter-search"]').fill(ruleCode);
  await page.locator('[data-test="task-count"]', { hasText: '筛选结果' }).waitFor();
  await visit(`/tasks?state=approved`, '.tt-row.is-approved', '07b-task-table-approved');
  await visit('/campaigns/workflow', '[data-test="workflow-diagram"] .wf-node.is-current', '08-campaign-workflow');
  expect(await page.locator('[data-test="campaign-actions"]').textContent()).toContain('启动创建');
  await visit('/campaigns/indicator-tree', 'tr.indicator-row', '09-indicator-tree');
  // The score sheet and the template editor read each rule's scoring per kind (RuleScoringFields).
  await visit('/campaigns/scores', '[data-test="score-table"] .rule-code', '09b-score-sheet');
  await visit('/campaigns/indicator-templates', '[data-test="template-list"] [data-test^="open-"]', '09c-indicator-templates');
  await page.locator('[data-test="template-list"] [data-test^="open-"]').first().click();
  await page.locator('[data-test="edit"]').waitFor();
  // Every rule read and sent back unchanged passes the editor's own check and reaches the API's.
  const checked = page.waitForResponse((response) => response.url().includes('/graphql') && (response.request().postData() ?? '').includes('CheckIndicatorTemplate'), { timeout: 20000 });
  await page.click('[data-test="edit"]');
  expect((await checked).ok()).toBe(true);
  await page.locator('[data-test="problems"]').waitFor();
  expect(await page.locator('[data-test="save"]').isDisabled()).toBe(false);
  await page.click('[data-test="cancel"]');
  await visit('/settings/departments', '[data-test="departments-table"] .el-table__row', '10a-settings-departments');
  await visit('/settings/users', '[data-test="users-table"] .el-table__row', '10b-settings-users');
  await visit('/settings/workflows', '[data-test="workflow-source"]', '10c-settings-workflows');
  // English on request, Element Plus's texts with it.
  await page.click('[data-test="locale-switch"]');
  await page.locator('[data-test="menu-dashboard"]', { hasText: 'Dashboard' }).waitFor();
  await page.click('[data-test="locale-switch"]');
  await page.locator('[data-test="menu-dashboard"]', { hasText: '工作看板' }).waitFor();

  const supervisor = await session('supervisor');
  await supervisor.page.locator('[data-test="progress-text"]').waitFor();
  expect(await supervisor.page.locator('[data-test="menu-review"]').count()).toBe(0);
  expect(await supervisor.page.locator('[data-test="menu-settings-users"]').count()).toBe(0);
});
