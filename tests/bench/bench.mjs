// The benchmark suite (issue 15; docs/performance.md): every row of TARGETS.md's speed table on
// the national data set, each beside its limit measured in the same run. A script, not a test:
// it prints a table and writes JSON (tmp/bench/bench-<time>.json and tmp/bench/latest.json).
//
//   npm run dataset:national -- --counties 533 --seed 1        (once; DATABASE_URL = the national database)
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/national npm run bench [-- options]
//
// Options: --iterations 60 (timed requests per query and path), --seconds 30 (each load run),
// --connections 16,32, --cold-starts 3, --evidence-dir tmp/national/evidence,
// --skip cold,queries,load,reminders,upload,package,import,browser (any of them),
// --documents CampaignScores,TaskTable,TaskWorkList (only these UI documents in parts 2 and 3),
// --browser-loads 5 (dashboard loads in part 7), --live-rounds 3 (changes timed in part 7).
//
// What runs, in order (the API is always the built one, `node apps/api/run.js main`, as a child
// process with NODE_ENV=production; the minimal server is a child process too):
//  1. cold start of the API on the migrated national database, to its first answer (a login);
//  2. statements per request: the API once more, with its DATABASE_URL through a counting proxy
//     (tests/support/statement-counter.js: Query and Execute messages at the wire), one request per document;
//  3. per UI document (CampaignDashboard, CampaignScores, ScoreSheet, CampaignIndicatorTree,
//     TaskTable 50 and 100, TaskWorkList for a liaison): the API's answer, the SQL's and the
//     minimal server's compared as JSON; then p50/p95 of each, one request at a time;
//  4. mixed UI read traffic at each connection count: requests/s, p50/p95 and errors of the API
//     and of the minimal server; the API's RSS before, peak and after;
//  5. the reminder scan of the whole country (runReminderScan as an office admin);
//  6. the existing upload, package and table-import benchmarks, as child processes;
//  7. (run before 6, on part 3's API, which then serves the built admin) the browser: the
//     dashboard's first useful render and first route's JS in headless Chromium, and a liaison's
//     change seen on the office admin's open page (national/browser-part.mjs).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import pg from 'pg';
import { args as readArgs, log, root, rssOf, sampleRss } from './bench-harness.mjs';
import { adminDocuments } from './national/admin-documents.mjs';
import { gql, login, post, startApiProcess } from './national/api-process.mjs';
import { ADMIN_DIST, browserPart, browserPrerequisites } from './national/browser-part.mjs';
import * as answers from './national/limit-answers.mjs';
import { countingPool, project } from './national/minimal-server.mjs';
import { startStatementCounter } from '../support/statement-counter.js';

const args = readArgs();
const ITERATIONS = Number(args.iterations ?? 60);
const WARMUP = Math.max(3, Math.round(ITERATIONS / 10));
const LOAD_SECONDS = Number(args.seconds ?? 30);
const CONNECTIONS = String(args.connections ?? '16,32')
  .split(',')
  .map(Number);
const COLD_STARTS = Number(args['cold-starts'] ?? 3);
const SKIP = new Set(
  String(args.skip ?? '')
    .split(',')
    .filter(Boolean),
);
const EVIDENCE_DIR = args['evidence-dir'] ?? join(root, 'tmp/national/evidence');
const LIAISON = args.liaison ?? 'kexie';
const DATABASE_URL = process.env.DATABASE_URL;
const MB = 1024 * 1024;

if (!DATABASE_URL) {
  console.error('请设置 DATABASE_URL（全国数据集所在的数据库，见 npm run dataset:national），并先运行 npx nx build api');
  process.exit(1);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] : NaN;
};
const summary = (ms) => ({
  n: ms.length,
  p50: percentile(ms, 50),
  p95: percentile(ms, 95),
  max: Math.max(...ms),
});
const f1 = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Canonical JSON (keys sorted) and the first path where two values differ. */
function firstDifference(a, b, path = '') {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return { path: path || '(root)', api: a, limit: b };
  if (Array.isArray(a) !== Array.isArray(b)) return { path, api: a, limit: b };
  if (Array.isArray(a) && a.length !== b.length) return { path: `${path}.length`, api: a.length, limit: b.length };
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference(a[key], b[key], `${path}${Array.isArray(a) ? `[${key}]` : `.${key}`}`);
    if (difference) return difference;
  }
  return null;
}

const report = {
  startedAt: new Date().toISOString(),
  database: new URL(DATABASE_URL).pathname.slice(1),
  options: { ITERATIONS, LOAD_SECONDS, CONNECTIONS, COLD_STARTS },
  rows: [],
};
const row = (entry) => {
  report.rows.push(entry);
  return entry;
};

// ------------------------------------------------------------------ the data set
const inspect = new pg.Client({ connectionString: DATABASE_URL });
await inspect.connect();
const [size] = (
  await inspect.query(`select (select count(*) from campaign)::int as campaigns, (select count(*) from organisation)::int as organisations,
     (select count(*) from department)::int as departments, (select count(*) from task)::int as tasks, (select count(*) from evidence)::int as evidence,
     (select count(*) from app_user)::int as users, (select count(*) from score)::int as scores, pg_size_pretty(pg_database_size(current_database())) as size`)
).rows;
const [shapingba] = (await inspect.query(`select c.id from campaign c join organisation o on o.id = c.organisation_id where o.code = '500106' and c.key = 'shapingba-2021-2025'`)).rows;
await inspect.end();
report.dataset = size;
log(
  `数据集 ${report.database}：${size.campaigns} 个创建工作，${size.departments} 个部门，${size.tasks} 项任务，${size.evidence} 条佐证材料，${size.users} 个用户，${size.scores} 条评分，${size.size}`,
);
if (!shapingba) {
  console.error('数据库里没有沙坪坝区的创建工作：请先运行 npm run dataset:national');
  process.exit(1);
}
const campaignId = shapingba.id;

/** user + system CPU time of a process so far, in ms (Linux /proc; 100 ticks per second). */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// ------------------------------------------------------------------ 1. cold start
if (!SKIP.has('cold')) {
  const starts = [];
  const cpu = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const api = await startApiProcess({ databaseUrl: DATABASE_URL, evidenceDir: EVIDENCE_DIR });
    starts.push(api.coldStartMs);
    // The process's CPU time at its first answer: on a shared machine the wall time is mostly
    // waiting for a core, the CPU time is what the start itself costs.
    cpu.push(cpuMsOf(api.pid));
    const idle = rssOf(api.pid);
    await api.stop();
    log(`冷启动 ${i + 1}：${api.coldStartMs.toFixed(0)} ms 到首个回答（登录），其中 CPU ${cpu[i].toFixed(0)} ms，RSS ${(idle / MB).toFixed(0)} MB，负载 ${loadavg()[0].toFixed(1)}`);
  }
  report.coldStart = starts;
  report.coldStartCpuMs = cpu;
  row({
    work: '冷启动（到首个回答）',
    product: `${Math.min(...starts).toFixed(0)}–${Math.max(...starts).toFixed(0)} ms（CPU ${Math.min(...cpu).toFixed(0)}–${Math.max(...cpu).toFixed(0)} ms）`,
    goal: '≤ 3 s',
    met: Math.max(...starts) <= 3000,
  });
}

// ------------------------------------------------------------------ documents and cases
const documents = adminDocuments();
const CASES = [
  {
    name: 'CampaignDashboard',
    user: 'office',
    variables: { campaignId },
    sql: (db, actor, v) => ({ campaignDashboard: answers.campaignDashboard(db, actor, v) }),
  },
  {
    name: 'CampaignScores',
    user: 'office',
    variables: { campaignId },
    sql: (db, actor, v) => ({ campaignScores: answers.campaignScores(db, actor, v) }),
  },
  {
    name: 'ScoreSheet',
    user: 'office',
    variables: { campaignId },
    sql: (db, actor, v) => ({
      campaign: answers.campaign(db, actor, { id: v.campaignId }),
      campaignScores: answers.campaignScores(db, actor, v),
    }),
  },
  {
    name: 'CampaignIndicatorTree',
    user: 'office',
    variables: { id: campaignId },
    sql: (db, actor, v) => ({ campaign: answers.campaign(db, actor, v) }),
  },
  {
    label: 'TaskTable first 50',
    name: 'TaskTable',
    user: 'office',
    variables: { campaignId, first: 50 },
    sql: (db, actor, v) => ({ tasks: answers.tasks(db, actor, v) }),
  },
  {
    label: 'TaskTable first 100',
    name: 'TaskTable',
    user: 'office',
    variables: { campaignId, first: 100 },
    sql: (db, actor, v) => ({ tasks: answers.tasks(db, actor, v) }),
  },
  {
    label: 'TaskWorkList (liaison, 100)',
    name: 'TaskWorkList',
    user: LIAISON,
    variables: { campaignId, first: 100 },
    sql: (db, actor, v) => ({ tasks: answers.tasks(db, actor, v) }),
  },
];
// --documents TaskTable,CampaignScores: only these documents (the others' rows are left out).
if (args.documents) {
  const only = new Set(String(args.documents).split(','));
  CASES.splice(0, CASES.length, ...CASES.filter((entry) => only.has(entry.name)));
}
for (const entry of CASES) {
  entry.label ??= entry.name;
  entry.query = documents[entry.name];
  if (!entry.query) throw new Error(`管理界面没有文档 ${entry.name}`);
}
/** Resolves the promises of an SQL answer object ({field: promise}). */
const settle = async (parts) => Object.fromEntries(await Promise.all(Object.entries(parts).map(async ([key, value]) => [key, await value])));

// ------------------------------------------------------------------ 2. statements per request
const statements = {};
/** The SQL text of each counted statement, per document (in the JSON, for finding causes). */
const statementTexts = {};
report.statementTexts = statementTexts;
if (!SKIP.has('queries')) {
  const target = new URL(DATABASE_URL);
  const counter = await startStatementCounter(target.hostname, Number(target.port || 5432));
  const proxied = new URL(DATABASE_URL);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(counter.port);
  const api = await startApiProcess({ databaseUrl: proxied.toString(), evidenceDir: EVIDENCE_DIR });
  const tokens = { office: api.token, [LIAISON]: await login(api.url, LIAISON) };
  for (const entry of CASES) {
    await gql(api.url, entry.query, entry.variables, tokens[entry.user]); // warm: caches, prepared plans
    const before = counter.count();
    counter.record();
    await gql(api.url, entry.query, entry.variables, tokens[entry.user]);
    statements[entry.label] = counter.count() - before;
    statementTexts[entry.label] = counter.record(false);
  }
  await api.stop();
  await counter.close();
  log(
    `每个请求的 SQL 语句数（线路上计数）：${Object.entries(statements)
      .map(([k, v]) => `${k} ${v}`)
      .join('，')}`,
  );
}

// ------------------------------------------------------------------ 3. the UI documents, one at a time
let api = null;
let minimal = null;
const stopAll = async () => {
  await api?.stop();
  if (minimal && minimal.child.exitCode === null) minimal.child.kill('SIGTERM');
};
process.on('SIGINT', () => stopAll().then(() => process.exit(130)));

async function startMinimal() {
  const child = spawn(process.execPath, [join(root, 'tests/bench/national/minimal-server-main.mjs'), DATABASE_URL], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', (l) => resolve([l])));
  return { ...JSON.parse(line), child };
}

// Part 7 uses this API too: it serves the built admin then (the other parts never ask for it).
const browserMissing = SKIP.has('browser') ? null : browserPrerequisites();
api = await startApiProcess({
  databaseUrl: DATABASE_URL,
  evidenceDir: EVIDENCE_DIR,
  env: SKIP.has('browser') || browserMissing ? {} : { ADMIN_DIST },
});
minimal = await startMinimal();
report.minimalServer = minimal.implementation;
log(`API 进程 ${api.pid}（冷启动 ${api.coldStartMs.toFixed(0)} ms）；极简服务器 ${minimal.pid}：${minimal.implementation}`);
const tokens = { office: api.token, [LIAISON]: await login(api.url, LIAISON) };
const sqlDb = countingPool(DATABASE_URL, 1);
const actors = {};
for (const [user, token] of Object.entries(tokens)) actors[user] = await answers.authenticate(sqlDb, token, (t) => createHash('sha256').update(t).digest('hex'));

async function timeSequential(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return summary(ms);
}

if (!SKIP.has('queries')) {
  for (const entry of CASES) {
    const token = tokens[entry.user];
    const actor = actors[entry.user];
    // Identical answers: the API's data against the SQL's (projected on the document) and the minimal server's.
    const apiData = await gql(api.url, entry.query, entry.variables, token);
    const sqlData = await project(entry.query, entry.variables, await settle(entry.sql(sqlDb, actor, entry.variables)));
    const minimalBody = await post(minimal.url, entry.query, entry.variables, token);
    // The comparison itself must be able to fail: a copy with one leaf changed has to differ.
    const canary = structuredClone(apiData);
    const leaf = (node) => (node && typeof node === 'object' ? Object.entries(node).find(([, v]) => v !== null) : null);
    let parent = canary;
    for (let next = leaf(parent); next && typeof next[1] === 'object'; next = leaf(parent)) parent = next[1];
    const [key, value] = leaf(parent);
    parent[key] = typeof value === 'number' ? value + 1 : `${value}·`;
    if (!firstDifference(apiData, canary)) throw new Error('比较函数没有发现改动：检查 firstDifference');
    const differences = {
      sql: firstDifference(apiData, sqlData),
      minimal: minimalBody.errors ? { path: '(errors)', limit: minimalBody.errors } : firstDifference(apiData, minimalBody.data),
    };
    const bytes = JSON.stringify(apiData).length;
    const product = await timeSequential(() => gql(api.url, entry.query, entry.variables, token));
    const before = sqlDb.statements;
    const sql = await timeSequential(() => settle(entry.sql(sqlDb, actor, entry.variables)));
    const sqlStatements = (sqlDb.statements - before) / (WARMUP + ITERATIONS);
    const server = await timeSequential(() => gql(minimal.url, entry.query, entry.variables, token));
    const result = row({
      work: entry.label,
      product,
      sql,
      minimal: server,
      ratio: product.p50 / sql.p50,
      ratioP95: product.p95 / sql.p95,
      statements: statements[entry.label],
      sqlStatements,
      bytes,
      identical: !differences.sql && !differences.minimal,
      differences,
      goal: entry.name.startsWith('Task') ? 'p95 ≤ 50 ms；≤ 3× SQL' : 'p95 ≤ 50 ms；≤ 3× SQL',
      met: product.p95 <= 50 && product.p50 / sql.p50 <= 3,
    });
    log(
      `${entry.label.padEnd(28)} API p50/p95 ${f1(product.p50)}/${f1(product.p95)} ms · SQL ${f1(sql.p50)}/${f1(sql.p95)} ms · 极简服务器 ${f1(server.p50)}/${f1(server.p95)} ms · ` +
        `${result.ratio.toFixed(1)}× · 语句 ${statements[entry.label] ?? '—'} vs ${sqlStatements.toFixed(1)} · ${bytes} 字节 · ${result.identical ? '答案相同' : `答案不同：${JSON.stringify(differences).slice(0, 300)}`}`,
    );
  }
  const s50 = statements['TaskTable first 50'];
  const s100 = statements['TaskTable first 100'];
  row({
    work: '语句数：任务表 50 行 vs 100 行',
    product: `${s50} vs ${s100}`,
    goal: '与页大小无关',
    met: s50 === s100,
  });
}

// ------------------------------------------------------------------ 4. mixed UI read traffic
const MIX = CASES.filter((entry) => ['CampaignDashboard', 'CampaignScores', 'CampaignIndicatorTree', 'TaskTable first 50', 'TaskWorkList (liaison, 100)'].includes(entry.label));

async function load(url, connections, seconds) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      let i = worker;
      while (performance.now() < until) {
        const entry = MIX[i++ % MIX.length];
        const started = performance.now();
        try {
          const body = await post(url, entry.query, entry.variables, tokens[entry.user]);
          if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 200));
        } catch (error) {
          errors++;
          firstError ??= String(error.message ?? error);
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    ...summary(latencies),
    errors,
    firstError,
  };
}

if (!SKIP.has('load')) {
  for (const connections of CONNECTIONS) {
    await sleep(2000);
    const before = rssOf(api.pid);
    const rss = sampleRss(api.pid);
    const product = await load(api.url, connections, LOAD_SECONDS);
    const peak = rss.stop();
    await sleep(5000);
    const after = rssOf(api.pid);
    const limit = await load(minimal.url, connections, LOAD_SECONDS);
    const ratio = product.perSecond / limit.perSecond;
    row({
      work: `混合读取负载 ${connections} 连接 ${LOAD_SECONDS} s`,
      product,
      limit,
      ratio,
      rss: { before: before / MB, peak: peak / MB, after: after / MB },
      goal: connections === 16 ? '≥ 0.5× 极简服务器；p95 ≤ 1 s；RSS ≤ 400 MB' : '≥ 0.5× 极简服务器；RSS ≤ 400 MB',
      met: ratio >= 0.5 && peak / MB <= 400 && (connections !== 16 || product.p95 <= 1000) && product.errors === 0,
    });
    log(
      `负载 ${connections} 连接：API ${product.perSecond.toFixed(1)} req/s（p50 ${f1(product.p50)}，p95 ${f1(product.p95)} ms，错误 ${product.errors}${product.firstError ? `：${product.firstError}` : ''}）· ` +
        `极简服务器 ${limit.perSecond.toFixed(1)} req/s（p95 ${f1(limit.p95)} ms，错误 ${limit.errors}）· ${ratio.toFixed(2)}× · API RSS ${(before / MB).toFixed(0)} → 峰值 ${(peak / MB).toFixed(0)} → ${(after / MB).toFixed(0)} MB`,
    );
  }
}

// ------------------------------------------------------------------ 5. the reminder scan
if (!SKIP.has('reminders')) {
  // Each run measures the whole scan: today's reminders of an earlier run are removed first (a
  // task is reminded once a day), and what the scan must remind is counted beforehand.
  const today = answers.chinaToday();
  const setup = new pg.Client({ connectionString: DATABASE_URL });
  await setup.connect();
  const cleared = await setup.query('delete from reminder_log where day = $1', [today]);
  await setup.query(`delete from reminder_delivery where day = $1`, [today]);
  await setup.query(`delete from notification where entity_type = 'department' and title like '【创建工作提醒】%' and created_at >= $1::date - 1`, [today]);
  const [{ due }] = (
    await setup.query(`select count(*)::int as due from task t join campaign c on c.id = t.campaign_id where t.state <> 'approved' and t.due_on <= $1::date + $2::int`, [
      today,
      Number(process.env.REMINDER_WARNING_DAYS ?? 7),
    ])
  ).rows;
  log(`提醒扫描前：清除今天已有的提醒 ${cleared.rowCount} 条；应提醒（未完成且 7 天内到期或已逾期）${due} 项任务`);
  // The national scan is the scheduler's (every organisation); a manual runReminderScan reminds
  // the caller's own organisation only. Run in a process of its own (the compiled API without a
  // listener), which reports its own time and RSS.
  let outcome;
  let seconds = NaN;
  let rssMb = { before: NaN, peak: NaN, after: NaN };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'tests/bench/national/reminder-scan-process.mjs')], {
      env: { ...process.env, EVIDENCE_DIR },
      maxBuffer: 16 * MB,
      timeout: 15 * 60_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1));
    ({ seconds } = report);
    rssMb = report.rss;
    outcome = { result: report.result };
  } catch (error) {
    outcome = { error: `扫描进程失败：${String(error.stderr || error.message).slice(-400)}` };
  }
  const [{ logged }] = (await setup.query('select count(*)::int as logged from reminder_log where day = $1', [today])).rows;
  // The manual scan of 沙坪坝区's office admin: its own organisation only, nothing left to do today.
  const manual = await post(api.url, documents.RunReminderScan, {}, tokens.office);
  await setup.end();
  row({
    work: '提醒扫描（全国）',
    seconds,
    rss: rssMb,
    due,
    logged,
    ...outcome,
    manual: manual.errors ? { error: manual.errors.map((e) => e.message).join('; ') } : manual.data.runReminderScan,
    goal: '≤ 60 s，内存平稳，每项逾期任务提醒一次',
    met: !outcome.error && seconds <= 60 && logged === due && outcome.result?.tasksReminded === due,
  });
  log(
    `提醒扫描（全国，调度器）：${seconds.toFixed(1)} s，RSS ${rssMb.before.toFixed(0)} → 峰值 ${rssMb.peak.toFixed(0)} → ${rssMb.after.toFixed(0)} MB，记录 ${logged}/${due}，${outcome.error ? `失败：${outcome.error}` : JSON.stringify(outcome.result)}；沙坪坝区办公室手动扫描：${JSON.stringify(manual.data?.runReminderScan ?? manual.errors)}`,
  );
}
// ------------------------------------------------------------------ 7. the browser
report.notMeasured = [];
if (!SKIP.has('browser')) {
  if (browserMissing) {
    report.notMeasured.push({ work: '浏览器部分（工作看板；他人修改可见）', why: browserMissing });
  } else {
    if (minimal.child.exitCode === null) minimal.child.kill('SIGTERM'); // not needed any more: one process less beside Chromium
    try {
      const rows = await browserPart({
        api,
        databaseUrl: DATABASE_URL,
        campaignId,
        liaison: LIAISON,
        liaisonToken: tokens[LIAISON],
        loads: Number(args['browser-loads'] ?? 5),
        rounds: Number(args['live-rounds'] ?? 3),
        log,
      });
      for (const entry of rows) row(entry);
    } catch (error) {
      report.notMeasured.push({
        work: '浏览器部分（工作看板；他人修改可见）',
        why: `失败：${String(error.message ?? error)
          .split('\n')[0]
          .slice(0, 300)}`,
      });
    }
  }
}
await sqlDb.end();
await stopAll();

// ------------------------------------------------------------------ 6. upload, package, table import
const execFileAsync = promisify(execFile);
async function script(name, file, scriptArgs) {
  const server = new URL(DATABASE_URL);
  server.pathname = '/postgres';
  log(`运行 ${file} …`);
  try {
    const { stdout } = await execFileAsync(process.execPath, [join(root, file), ...scriptArgs], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: server.toString() },
      maxBuffer: 64 * MB,
    });
    const lines = stdout.trim().split('\n');
    const json = lines.reverse().find((line) => line.startsWith('{'));
    return { output: lines.reverse().slice(-8).join('\n'), result: json ? JSON.parse(json) : null };
  } catch (error) {
    return { error: String(error.message).slice(0, 500) };
  }
}
if (!SKIP.has('upload')) {
  const upload = await script('upload', 'tests/bench/evidence-upload.mjs', ['--rounds', '1']);
  const best = upload.result?.results?.[0];
  row({
    work: '1 GiB 佐证上传',
    ...upload,
    ratio: best?.ratio,
    goal: '≥ 0.7× 原始流；内存增长 ≤ 100 MB',
    met: best ? best.ratio >= 0.7 && best.rssGrowthMB <= 100 : false,
  });
  log(upload.output ?? upload.error);
}
if (!SKIP.has('package')) {
  const pack = await script('package', 'tests/bench/evidence-package.mjs', []);
  row({
    work: '佐证材料包 2000 个文件 / 1 GiB',
    ...pack,
    ratio: pack.result?.ratio,
    goal: '≥ 0.7× zip -0；内存增长 ≤ 150 MB',
    met: pack.result ? pack.result.ratio >= 0.7 && pack.result.rssGrowthMB <= 150 : false,
  });
  log(pack.output ?? pack.error);
}
if (!SKIP.has('import')) {
  const tableImport = await script('import', 'tests/bench/table-import.js', ['10']);
  const goal = /goal ≤ 500 ms: (met|NOT met) \(cold (\d+) ms, warm p95 (\d+) ms\)/.exec(tableImport.output ?? '');
  row({
    work: '导入沙坪坝指标表 .xlsx',
    ...tableImport,
    product: goal ? `冷 ${goal[2]} ms，热 p95 ${goal[3]} ms` : undefined,
    goal: '≤ 0.5 s',
    met: goal?.[1] === 'met',
  });
  log(tableImport.output ?? tableImport.error);
}

// ------------------------------------------------------------------ the table
const cell = (value) => (value === undefined || value === null ? '—' : value);
const lines = ['', '| 项目 | 产品 p50 / p95 | 下限 p50 / p95 | 产品 ÷ 下限 | 语句数（产品 / SQL） | 目标 | 达标 |', '|---|---|---|---|---|---|---|'];
for (const entry of report.rows) {
  let product = entry.product;
  let limit = '';
  let ratio = entry.ratio === undefined ? '—' : `${entry.ratio.toFixed(2)}×`;
  if (entry.product?.p50 !== undefined && entry.sql) {
    product = `${f1(entry.product.p50)} / ${f1(entry.product.p95)} ms`;
    limit = `SQL ${f1(entry.sql.p50)} / ${f1(entry.sql.p95)} ms；极简服务器 ${f1(entry.minimal.p50)} / ${f1(entry.minimal.p95)} ms${entry.identical ? '' : '（答案不同！）'}`;
  } else if (entry.product?.perSecond !== undefined) {
    product = `${entry.product.perSecond.toFixed(1)} req/s，p95 ${f1(entry.product.p95)} ms，RSS ${entry.rss.before.toFixed(0)}/${entry.rss.peak.toFixed(0)}/${entry.rss.after.toFixed(0)} MB`;
    limit = `${entry.limit.perSecond.toFixed(1)} req/s，p95 ${f1(entry.limit.p95)} ms`;
  } else if (entry.seconds !== undefined) {
    product = `${entry.seconds.toFixed(1)} s，RSS ${entry.rss.before.toFixed(0)}/${entry.rss.peak.toFixed(0)}/${entry.rss.after.toFixed(0)} MB，提醒 ${entry.result?.tasksReminded ?? 0}/${entry.due}${entry.error ? `，失败：${entry.error.slice(0, 80)}` : ''}`;
  } else if (entry.result) {
    const figures = entry.result.results?.[0] ?? entry.result;
    product = `${figures.apiMBps?.toFixed(0)} MB/s，内存增长 ${figures.rssGrowthMB?.toFixed(0)} MB`;
    limit = `${figures.limitMBps?.toFixed(0)} MB/s`;
  }
  const stmts = entry.statements !== undefined ? `${entry.statements} / ${entry.sqlStatements?.toFixed(0) ?? '—'}` : '—';
  lines.push(
    `| ${entry.work} | ${cell(typeof product === 'object' ? JSON.stringify(product) : product)} | ${limit || '—'} | ${ratio} | ${stmts} | ${entry.goal ?? '—'} | ${entry.met ? '是' : '否'} |`,
  );
}
for (const entry of report.notMeasured) lines.push(`| ${entry.work} | 未测：${entry.why} | — | — | — | — | — |`);
log(lines.join('\n'));
report.finishedAt = new Date().toISOString();
const out = join(root, 'tmp/bench');
mkdirSync(out, { recursive: true });
const file = join(out, `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2));
writeFileSync(join(out, 'latest.json'), JSON.stringify(report, null, 2));
log(`\nJSON：${file}`);
