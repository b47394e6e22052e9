import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { DEMO_PASSWORD, type TestApi, startTestApi } from '../support/test-api';
import { ADMIN_DIST, assertPrerequisites, launch, loginAs, pick, shot } from './support/browser';

// Large evidence from a phone on a weak network, in a real browser: a file over 5 MB goes over
// tus in 5 MB chunks; a chunk lost to the network shows 「网络中断，正在重试…」 and the upload goes
// on; after a page reload, choosing the same file with the same tag resumes where it stopped.

jest.setTimeout(300000);

const MiB = 1024 * 1024;
let api: TestApi;
let browser: Browser;
let taskId: string;
let dir: string;

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size - 15)]);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  assertPrerequisites();
  dir = mkdtempSync(join(tmpdir(), 'accredit-e2e-resumable-'));
  api = await startTestApi({ env: { ADMIN_DIST } });
  const campaigns = await api.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }');
  const kexie = await api.as('kexie');
  const tasks = await kexie<{ tasks: { edges: { node: { id: string } }[] } }>('query($c: ID!) { tasks(campaignId: $c, indicatorCode: "1", first: 1) { edges { node { id } } } }', {
    c: campaigns.data!.campaigns[0]!.id,
  });
  taskId = tasks.data!.tasks.edges[0]!.node.id;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function queueFile(page: Page, path: string): Promise<void> {
  await page.locator('[data-test="evidence-drop"] input[type="file"]').setInputFiles(path);
  const queue = page.locator('[data-test="upload-queue"]');
  await queue.waitFor();
  await pick(page, queue.locator('[data-test="queue-requirement"]').first(), '1-1');
}

/** The sha256 of the task's evidence file of that name, as the API reports it. */
async function storedSha256(name: string): Promise<string> {
  const kexie = await api.as('kexie');
  const result = await kexie<{ taskEvidence: { current: { file: { originalName: string; sha256: string } } }[] }>(
    'query($t: ID!) { taskEvidence(taskId: $t) { current { file { originalName sha256 } } } }',
    { t: taskId },
  );
  const file = result.data!.taskEvidence.map((e) => e.current.file).find((f) => f.originalName === name);
  if (!file) throw new Error(`no evidence named ${name}`);
  return file.sha256;
}

test('a chunk lost to the network is retried with a notice, and the upload completes', async () => {
  const data = pdf(12 * MiB);
  const path = join(dir, '活动总结（扫描件）.pdf');
  writeFileSync(path, data);
  const { page, problems, context } = await loginAs(browser, api.api.url, 'kexie', DEMO_PASSWORD);
  await page.goto(`${api.api.url}/#/my-tasks/${taskId}`);
  await page.locator('[data-test="task-workspace"]').waitFor();

  // The network drops from the second chunk on, until the notice has been seen.
  let offline = false;
  let patches = 0;
  await page.route('**/api/evidence/uploads/*', async (route: Route) => {
    if (route.request().method() === 'PATCH' && ++patches === 2) offline = true;
    if (offline) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await queueFile(page, path);
  await page.click('[data-test="upload-all"]');
  const notice = page.locator('[data-test="queue-notice"]', { hasText: '网络中断，正在重试…' });
  await notice.waitFor({ timeout: 30000 });
  await shot(page, '12-upload-retrying');
  offline = false;

  await page.locator('[data-test="evidence-name"]', { hasText: '活动总结（扫描件）.pdf' }).waitFor({ timeout: 90000 });
  expect(await storedSha256('活动总结（扫描件）.pdf')).toBe(sha256(data));
  expect(patches).toBeGreaterThanOrEqual(4);
  expect(problems).toEqual([]);
  await context.close();
});

test('after a reload, the same file with the same tag resumes from the server’s offset', async () => {
  const data = pdf(16 * MiB);
  const path = join(dir, '宣传片脚本.pdf');
  writeFileSync(path, data);
  const { page, problems, context } = await loginAs(browser, api.api.url, 'kexie', DEMO_PASSWORD);
  await page.goto(`${api.api.url}/#/my-tasks/${taskId}`);
  await page.locator('[data-test="task-workspace"]').waitFor();

  // First visit: one chunk gets through, then the page is reloaded mid-upload.
  let chunks = 0;
  await page.route('**/api/evidence/uploads/*', async (route: Route) => {
    if (route.request().method() === 'PATCH' && ++chunks > 1) return route.abort('internetdisconnected');
    await route.continue();
  });
  await queueFile(page, path);
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="queue-notice"]').waitFor({ timeout: 30000 });
  // Reload while the network still fails, then heal it: a retry the client had scheduled must
  // not slip a second chunk through between the two.
  await page.reload();
  await page.unroute('**/api/evidence/uploads/*');
  await page.locator('[data-test="task-workspace"]').waitFor();

  // Second visit: no new upload is created; only the three chunks the server lacks are sent
  // (16 MB in 5 MB chunks is four; the first arrived before the reload).
  const created: string[] = [];
  let patched = 0;
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/api/evidence/uploads')) return;
    if (request.method() === 'POST') created.push(request.url());
    if (request.method() === 'PATCH') patched += 1;
  });
  await queueFile(page, path);
  await page.click('[data-test="upload-all"]');
  await page.locator('[data-test="evidence-name"]', { hasText: '宣传片脚本.pdf' }).waitFor({ timeout: 90000 });
  expect(created).toEqual([]);
  expect(patched).toBe(3);
  expect(await storedSha256('宣传片脚本.pdf')).toBe(sha256(data));
  expect(problems).toEqual([]);
  await context.close();
});
