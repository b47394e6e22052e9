// Part `browser` of the suite (TARGETS.md's last two speed rows), in Debian's Chromium through
// playwright-core (tests/e2e/support/chromium.js: never a downloaded browser), against the suite's
// own API process serving the built admin (ADMIN_DIST = dist/apps/admin):
//  1. the dashboard of 沙坪坝区's office admin: first useful render (navigation start → the KPI
//     figures in the DOM, then the next frame), N loads each in a fresh context (empty cache,
//     the login's cookie only); the first route's JS: every same-origin script response of the
//     load, gzip -9 of each body (the API does not compress);
//  2. a change seen by another: the office admin's review page stays open on one of the liaison's
//     tasks; the liaison (through the API) submits it, and the time until the office's page shows
//     it submitted is taken, without reload; then the liaison withdraws it (timed too) — the task is
//     back in 进行中, as before (what stays: two workflow log rows, a notification to the office).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { root } from '../bench-harness.mjs';
import { PASSWORD, gql } from './api-process.mjs';

const require = createRequire(import.meta.url);
const { CHROMIUM, launch } = require('../../e2e/support/chromium.js');

export const ADMIN_DIST = join(root, 'dist/apps/admin');
const KB = 1024;
const FIGURES = '[data-test="kpi-total"]';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version task { id state version } } }';

/** Why the part cannot run, or null. */
export function browserPrerequisites() {
  if (!existsSync(CHROMIUM)) return `未找到 Chromium：${CHROMIUM}`;
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) return `未找到管理界面构建产物 ${ADMIN_DIST}：先运行 npx nx build admin`;
  return null;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Runs in the page before its own scripts: the time (from navigation start) of the first frame
// after the figures are in the DOM with their text — not Playwright's polling.
const MARK_FIRST_USEFUL = `(() => {
  const shown = () => { const el = document.querySelector('${FIGURES}'); return el && el.textContent.trim() !== '' && el.getClientRects().length > 0; };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    window.__benchInDom = performance.now();
    requestAnimationFrame(() => (window.__benchFirstUseful = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const contextOptions = {
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** A logged-in session's storage (its cookie), through the login page as a user logs in. */
async function sessionOf(browser, baseUrl, username) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/#/login`);
  await page.fill('#login-username', username);
  await page.fill('#login-password', PASSWORD);
  await page.click('[data-test="submit"]');
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout: 30_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

async function loadDashboard(browser, baseUrl, storageState, campaignId) {
  // A new context has its own, empty HTTP cache: every load fetches all its scripts.
  const context = await browser.newContext({ ...contextOptions, storageState });
  await context.addInitScript(MARK_FIRST_USEFUL);
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  // The renderer's main-thread time (Chrome's own counters): the CPU the page cost, beside the
  // wall time, which on the shared machine is mostly waiting for a core.
  const cdp = await context.newCDPSession(page).catch(() => null);
  await cdp?.send('Performance.enable');
  const scripts = [];
  const seen = new Set();
  page.on('response', (response) => {
    const url = new URL(response.url());
    // Scripts and module preloads (whatever type the browser gives a preload), each file once.
    const script = response.request().resourceType() === 'script' || /\.m?js$/.test(url.pathname);
    if (!script || url.origin !== origin || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    scripts.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          bytes: body.length,
          encoded: response.headers()['content-encoding'] ?? null,
          gzip: gzipSync(body, { level: 9 }).length,
        }),
        () => null,
      ),
    );
  });
  await page.goto(`${baseUrl}/#/dashboard?campaign=${campaignId}`);
  // Functions, not strings: the page's Content-Security-Policy forbids eval (globalThis is the
  // page's window there).
  await page.waitForFunction(() => globalThis.__benchFirstUseful !== undefined, null, {
    timeout: 60_000,
  });
  const { inDom, firstUseful } = await page.evaluate(() => ({
    inDom: globalThis.__benchInDom,
    firstUseful: globalThis.__benchFirstUseful,
  }));
  const beforeRender = scripts.length;
  const metrics = cdp ? Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) : {};
  // Chunks the page asks for just after its first render (a chart's code) belong to the route too.
  await page.waitForTimeout(1500);
  const loaded = (await Promise.all(scripts)).filter(Boolean);
  await context.close();
  return {
    firstUsefulMs: firstUseful,
    inDomMs: inDom,
    mainThreadMs: (metrics.TaskDuration ?? NaN) * 1000,
    scriptMs: (metrics.ScriptDuration ?? NaN) * 1000,
    scripts: loaded.length,
    scriptsBeforeRender: beforeRender,
    rawKB: loaded.reduce((sum, s) => sum + s.bytes, 0) / KB,
    gzipKB: loaded.reduce((sum, s) => sum + s.gzip, 0) / KB,
    compressedByServer: loaded.some((s) => s.encoded),
    files: loaded.map((s) => ({
      file: new URL(s.url).pathname,
      kb: +(s.bytes / KB).toFixed(1),
      gzipKb: +(s.gzip / KB).toFixed(1),
    })),
  };
}

/** One of the liaison's tasks in 进行中 with evidence (submit needs some): the one moved back and forth. */
async function pickTask(databaseUrl, campaignId, liaison) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select t.id, t.version from task t join app_user u on u.department_id = t.department_id
        where u.username = $1 and t.campaign_id = $2 and t.state = 'in_progress'
          and exists (select 1 from evidence e where e.task_id = t.id)
        order by t.id limit 1`,
      [liaison, campaignId],
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

async function seenByAnother({ browser, api, databaseUrl, campaignId, officeState, liaisonToken, liaison, rounds, log }) {
  const task = await pickTask(databaseUrl, campaignId, liaison);
  if (!task) return { error: `${liaison} 没有带佐证材料的进行中任务` };
  const context = await browser.newContext({ ...contextOptions, storageState: officeState });
  const page = await context.newPage();
  // The review page on that task: not in the queue yet; the page follows the API's change stream.
  const streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/live', {
    timeout: 60_000,
  });
  await page.goto(`${api.url}/#/review/${task.id}?campaign=${campaignId}`);
  await streamOpen;
  // The queue is read and the task is not in it (the page says it cannot open it).
  await page.waitForSelector('[data-test="task-open-error"]', { timeout: 60_000 });
  const submitted = `[data-test="task-workspace"][data-task-state="submitted"]`;
  let version = task.version;
  let isSubmitted = false;
  const transition = async (event) => {
    const data = await gql(api.url, TRANSITION, { input: { entityType: 'task', id: task.id, event, expectedVersion: version } }, liaisonToken);
    version = data.transition.version;
    isSubmitted = data.transition.state === 'submitted';
  };
  const submitMs = [];
  const withdrawMs = [];
  try {
    for (let i = 0; i < rounds; i++) {
      let started = performance.now();
      await transition('submit');
      await page.waitForSelector(submitted, { timeout: 15_000 });
      submitMs.push(performance.now() - started);
      await page.waitForTimeout(500);
      started = performance.now();
      await transition('withdraw');
      await page.waitForSelector(submitted, { state: 'detached', timeout: 15_000 });
      withdrawMs.push(performance.now() - started);
      log(`浏览器：第 ${i + 1} 轮 ${liaison} 提交 → 办公室页面 ${submitMs[i].toFixed(0)} ms；撤回 → ${withdrawMs[i].toFixed(0)} ms`);
      await page.waitForTimeout(500);
    }
    return { taskId: task.id, submitMs, withdrawMs };
  } finally {
    // Whatever failed, the task goes back to 进行中 as it was.
    if (isSubmitted) await transition('withdraw').catch(() => undefined);
    await context.close();
  }
}

/**
 * The part's rows (work, product, goal, met and the figures); `api` is the suite's API process,
 * started with ADMIN_DIST pointing at the built admin.
 */
export async function browserPart({ api, databaseUrl, campaignId, liaison, liaisonToken, loads = 5, rounds = 3, log }) {
  const browser = await launch();
  try {
    const officeState = await sessionOf(browser, api.url, 'office');
    await loadDashboard(browser, api.url, officeState, campaignId); // warm: the API's caches, not the browser's
    const runs = [];
    for (let i = 0; i < loads; i++) {
      runs.push(await loadDashboard(browser, api.url, officeState, campaignId));
      const run = runs[i];
      log(
        `浏览器：工作看板第 ${i + 1} 次加载 ${run.firstUsefulMs.toFixed(0)} ms 首次有用渲染（DOM ${run.inDomMs.toFixed(0)} ms；渲染进程主线程 ${run.mainThreadMs.toFixed(0)} ms，其中脚本 ${run.scriptMs.toFixed(0)} ms），负载 ${loadavg()[0].toFixed(1)}，脚本 ${run.scripts} 个（渲染前 ${run.scriptsBeforeRender}），${run.rawKB.toFixed(0)} KB，gzip ${run.gzipKB.toFixed(0)} KB`,
      );
    }
    const render = runs.map((run) => run.firstUsefulMs);
    const js = Math.max(...runs.map((run) => run.gzipKB));
    const dashboard = {
      work: '工作看板（无头 Chromium）：首次有用渲染；首个路由 JS',
      product: `中位 ${median(render).toFixed(0)} ms，最大 ${Math.max(...render).toFixed(0)} ms（主线程中位 ${median(runs.map((run) => run.mainThreadMs)).toFixed(0)} ms）；JS gzip ${js.toFixed(0)} KB（${runs[0].scripts} 个文件，原始 ${runs[0].rawKB.toFixed(0)} KB）`,
      renderMs: render,
      jsGzipKB: js,
      loads: runs,
      goal: '首次有用渲染 ≤ 1.5 s；首个路由 JS ≤ 600 KB gzip',
      met: median(render) <= 1500 && js <= 600,
    };
    // A failure here (no change seen within 15 s) is this row's result; the dashboard's stands.
    const live = await seenByAnother({
      browser,
      api,
      databaseUrl,
      campaignId,
      officeState,
      liaisonToken,
      liaison,
      rounds,
      log,
    }).catch((error) => ({ error: String(error.message ?? error).split('\n')[0] }));
    const change = {
      work: '一个用户的修改在另一用户已打开的页面上可见（不刷新）',
      ...live,
      product: live.error
        ? `未测：${live.error}`
        : `提交 中位 ${median(live.submitMs).toFixed(0)} ms（最大 ${Math.max(...live.submitMs).toFixed(0)}）；撤回 中位 ${median(live.withdrawMs).toFixed(0)} ms`,
      goal: '≤ 2 s，不刷新',
      met: !live.error && median(live.submitMs) <= 2000,
    };
    return [dashboard, change];
  } finally {
    await browser.close();
  }
}
