// Soak (a script, not a test): minutes of mixed UI traffic from several simulated users against
// the built API as a child process — the admin UI's own GraphQL documents (dashboard, scores,
// task-table pages, work lists, indicator tree, notifications, evidence lists, transitions) and
// evidence uploads. Prints requests/s, errors, p50/p95 and the API's RSS over time.
// TARGETS: no errors; memory flat — the median RSS of the last minute ≤ 1.10 × the median RSS of
// the first minute after the warm-up. Exits 1 when either fails.
//
//   npx nx build api
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node tests/bench/soak.mjs [--minutes 10] [--think-ms 100]
//   (npm run soak -- --minutes 3)
//
// --warmup SECONDS (default: a fifth of the run, at most 60) is left out of the comparison;
// --think-ms is each simulated user's pause between requests (random, 0 … 2× this).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args as readArgs, log, rssOf, startBenchApi } from './bench-harness.mjs';
import { adminDocuments } from './national/admin-documents.mjs';

const args = readArgs();
const MINUTES = Number(args.minutes ?? 10);
const THINK_MS = Number(args['think-ms'] ?? 100);
const DURATION = MINUTES * 60_000;
const WARMUP = Number(args.warmup ?? Math.min(60, (MINUTES * 60) / 5)) * 1000;
/** The two RSS windows compared: the first after the warm-up and the last, each this long. */
const WINDOW = Math.min(60_000, (DURATION - WARMUP) / 2);
const MAX_GROWTH = 0.1;

const documents = adminDocuments();

const stats = { requests: 0, errors: [], latencies: [], byOperation: new Map() };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(Math.random() * 2 * THINK_MS);
const percentile = (values, p) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] : 0);
const median = (values) => percentile(values, 50);

function record(operation, ms, error) {
  stats.requests++;
  stats.latencies.push({ at: Date.now(), ms });
  const entry = stats.byOperation.get(operation) ?? { count: 0, ms: [] };
  entry.count++;
  entry.ms.push(ms);
  stats.byOperation.set(operation, entry);
  if (error) {
    stats.errors.push(`${operation}: ${error}`);
    if (stats.errors.length <= 10) log(`错误 ${operation}: ${error}`);
  }
}

/** One of the UI's operations; an error answer counts as an error, and the data is returned. */
async function call(url, token, operation, variables = {}) {
  const started = performance.now();
  let error = null;
  let data = null;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: documents[operation], variables, operationName: operation }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) error = `HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`;
    data = body.data;
  } catch (caught) {
    error = String(caught);
  }
  record(operation, performance.now() - started, error);
  return data;
}

async function uploadEvidence(url, token, taskId, requirementCode) {
  const started = performance.now();
  let error = null;
  try {
    const form = new FormData();
    form.append('taskId', taskId);
    form.append('requirementCode', requirementCode);
    form.append('kind', 'OTHER');
    const size = 64 * 1024 + Math.floor(Math.random() * 192 * 1024);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]);
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), `浸泡测试-${Date.now()}.pdf`);
    const response = await fetch(`${url}/api/evidence/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const body = await response.json();
    if (response.status !== 201) error = `HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`;
  } catch (caught) {
    error = String(caught);
  }
  record('upload', performance.now() - started, error);
}

const pick = (items) => items[Math.floor(Math.random() * items.length)];

/** The office, supervisors and experts: reading the dashboard, scores, table pages and the tree. */
async function reader(url, token, campaignId, role, until) {
  // Liaisons see their tasks, not the campaign's dashboard and scores (the access policy).
  const overview = role === 'liaison' ? ['Me', 'Notifications'] : ['CampaignDashboard', 'CampaignScores'];
  const other =
    role === 'liaison'
      ? ['CampaignList', 'Departments', 'DepartmentGroups', 'WorkflowDefinitions', 'Me']
      : ['CampaignList', 'Departments', 'DepartmentGroups', 'WorkflowDefinitions', 'Me', 'EvidencePackageInfo'];
  while (Date.now() < until) {
    const action = Math.random();
    if (action < 0.2) await call(url, token, overview[0], { campaignId });
    else if (action < 0.3) await call(url, token, overview[1], { campaignId, first: 20 });
    else if (action < 0.55) {
      // Paging through the task table, as the virtualised table does.
      let after = null;
      for (let page = 0; page < 1 + Math.floor(Math.random() * 3) && Date.now() < until; page++) {
        const data = await call(url, token, 'TaskTable', { campaignId, first: 50, after });
        after = data?.tasks.pageInfo.endCursor;
        if (!data?.tasks.pageInfo.hasNextPage) break;
      }
    } else if (action < 0.7) await call(url, token, 'CampaignIndicatorTree', { id: campaignId });
    else if (action < 0.8) await call(url, token, 'Notifications', { first: 20 });
    else if (action < 0.9) await call(url, token, 'TaskWorkList', { campaignId, state: 'submitted', first: 50 });
    else await call(url, token, pick(other), { campaignId });
    await think();
  }
}

/**
 * The office reviewing: returns a submitted task with a comment (never approves, so tasks keep
 * cycling). Only this user acts on submitted tasks and only liaisons on their own others, so a
 * CONFLICT would be a real fault, not a race the script made.
 */
async function reviewer(url, token, campaignId, until) {
  while (Date.now() < until) {
    const list = await call(url, token, 'TaskWorkList', { campaignId, state: 'submitted', first: 20 });
    const task = list?.tasks.edges.length ? pick(list.tasks.edges).node : null;
    if (task) {
      await call(url, token, 'TaskEvidence', { taskId: task.id });
      await call(url, token, 'AvailableTransitions', { entityType: 'task', id: task.id });
      await call(url, token, 'Transition', { input: { entityType: 'task', id: task.id, event: 'return', comment: '请补充佐证材料（浸泡测试）', expectedVersion: task.version } });
    }
    await think();
    await think();
  }
}

/** A liaison working through their own tasks: start, upload, submit; resubmit what came back. */
async function liaison(url, token, campaignId, until) {
  while (Date.now() < until) {
    await call(url, token, 'Notifications', { first: 20 });
    const list = await call(url, token, 'TaskWorkList', { campaignId, first: 50 });
    const tasks = list?.tasks.edges.map((edge) => edge.node) ?? [];
    const task = pick(tasks.filter((t) => ['pending', 'in_progress', 'returned'].includes(t.state)).concat(tasks.slice(0, 3)));
    if (task) {
      await call(url, token, 'TaskEvidence', { taskId: task.id });
      await call(url, token, 'AvailableTransitions', { entityType: 'task', id: task.id });
      const requirement = task.scoringRule.indicator.requirements[0]?.code;
      let version = task.version;
      const fire = async (event) => {
        const data = await call(url, token, 'Transition', { input: { entityType: 'task', id: task.id, event, expectedVersion: version } });
        if (data) version = data.transition.version;
      };
      if (task.state === 'pending') await fire('start');
      else if (task.state === 'in_progress' && requirement) {
        await uploadEvidence(url, token, task.id, requirement);
        await fire('submit');
      } else if (task.state === 'returned' && requirement) {
        await uploadEvidence(url, token, task.id, requirement);
        await fire('resubmit');
      }
    }
    await think();
  }
}

const work = mkdtempSync(join(tmpdir(), 'accredit-soak-'));
const bench = await startBenchApi(work);
let failed = false;
try {
  const tokens = {};
  for (const username of ['office', 'supervisor', 'expert', 'kexie', 'xiaolongkan', 'fagaiwei']) tokens[username] = await bench.login(username);
  const { campaigns } = (
    await (
      await fetch(`${bench.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.office}` },
        body: JSON.stringify({ query: '{ campaigns { id name } }' }),
      })
    ).json()
  ).data;
  // The faithful campaign (db:seed-demo also sets up a live one).
  const campaignId = (campaigns.find((campaign) => campaign.name === '沙坪坝区创建2021—2025年度全国科普示范区') ?? campaigns[0]).id;

  const started = Date.now();
  const until = started + DURATION;
  const rss = [];
  const sampler = setInterval(() => rss.push({ at: Date.now() - started, bytes: rssOf(bench.api.pid) }), 1000);
  let last = { at: started, requests: 0 };
  const progress = setInterval(() => {
    const now = Date.now();
    const recent = stats.latencies.filter((entry) => entry.at > last.at).map((entry) => entry.ms);
    log(
      `${((now - started) / 1000).toFixed(0).padStart(4)} s  ${((stats.requests - last.requests) / ((now - last.at) / 1000)).toFixed(0).padStart(4)} req/s  ` +
        `p50 ${median(recent).toFixed(0)} ms  p95 ${percentile(recent, 95).toFixed(0)} ms  errors ${stats.errors.length}  RSS ${(rssOf(bench.api.pid) / 1e6).toFixed(0)} MB`,
    );
    last = { at: now, requests: stats.requests };
  }, 30_000);

  log(`浸泡测试 ${MINUTES} 分钟：9 个模拟用户（办公室 2、督查、专家、联络员 3、评审），思考时间约 ${THINK_MS} ms；预热 ${WARMUP / 1000} s`);
  await Promise.all([
    reader(bench.url, tokens.office, campaignId, 'office', until),
    reader(bench.url, tokens.office, campaignId, 'office', until),
    reader(bench.url, tokens.supervisor, campaignId, 'supervisor', until),
    reader(bench.url, tokens.expert, campaignId, 'expert', until),
    reviewer(bench.url, tokens.office, campaignId, until),
    liaison(bench.url, tokens.kexie, campaignId, until),
    liaison(bench.url, tokens.xiaolongkan, campaignId, until),
    liaison(bench.url, tokens.fagaiwei, campaignId, until),
    reader(bench.url, tokens.kexie, campaignId, 'liaison', until),
  ]);
  clearInterval(sampler);
  clearInterval(progress);

  const seconds = (Date.now() - started) / 1000;
  const all = stats.latencies.map((entry) => entry.ms);
  const firstWindow = rss.filter((sample) => sample.at >= WARMUP && sample.at < WARMUP + WINDOW).map((sample) => sample.bytes);
  const lastWindow = rss.filter((sample) => sample.at >= DURATION - WINDOW).map((sample) => sample.bytes);
  const growth = median(lastWindow) / median(firstWindow) - 1;
  log('');
  log(
    `请求 ${stats.requests}（${(stats.requests / seconds).toFixed(1)} req/s），错误 ${stats.errors.length}，p50 ${median(all).toFixed(1)} ms，p95 ${percentile(all, 95).toFixed(1)} ms，max ${Math.max(...all).toFixed(0)} ms`,
  );
  for (const [operation, entry] of [...stats.byOperation.entries()].sort((a, b) => b[1].count - a[1].count)) {
    log(`  ${operation.padEnd(24)} ${String(entry.count).padStart(6)}  p50 ${median(entry.ms).toFixed(1).padStart(6)} ms  p95 ${percentile(entry.ms, 95).toFixed(1).padStart(6)} ms`);
  }
  log(
    `API RSS：开始 ${(rss[0].bytes / 1e6).toFixed(0)} MB，峰值 ${(Math.max(...rss.map((s) => s.bytes)) / 1e6).toFixed(0)} MB；预热后第一个 ${WINDOW / 1000} s 中位数 ${(median(firstWindow) / 1e6).toFixed(1)} MB，最后 ${WINDOW / 1000} s 中位数 ${(median(lastWindow) / 1e6).toFixed(1)} MB，增长 ${(growth * 100).toFixed(1)} %（上限 ${MAX_GROWTH * 100} %）`,
  );
  const perMinute = [];
  for (let minute = 0; minute * 60_000 < DURATION; minute++) {
    const samples = rss.filter((sample) => sample.at >= minute * 60_000 && sample.at < (minute + 1) * 60_000).map((sample) => sample.bytes);
    if (samples.length) perMinute.push(`${(median(samples) / 1e6).toFixed(0)}`);
  }
  log(`API RSS 每分钟中位数（MB）：${perMinute.join(' → ')}`);
  if (stats.errors.length) log(`失败：${stats.errors.length} 个错误，例如 ${stats.errors.slice(0, 3).join(' | ')}`);
  if (growth > MAX_GROWTH) log(`失败：内存增长 ${(growth * 100).toFixed(1)} % 超过 ${MAX_GROWTH * 100} %`);
  failed = stats.errors.length > 0 || !(growth <= MAX_GROWTH);
  log(failed ? '结果：未通过' : '结果：通过');
} finally {
  await bench.close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
