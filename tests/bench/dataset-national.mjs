// The national data set (issue 15): 533 demonstration counties, each a campaign on the Shapingba
// indicator system, with tasks in a realistic mix of states and dates, ~4 evidence records per
// task sharing stored content by hash, users per department and self scores. Reproducible: the
// same --counties and --seed give the same counties, names, states, dates, evidence and scores
// (row ids are random; dates are relative to --today).
//
//   npx nx build api
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/national npm run dataset:national -- --counties 533 --seed 1
//
// Into the database of DATABASE_URL (created when missing). Evidence files go to --evidence-dir
// (default tmp/national/evidence; start the API with EVIDENCE_DIR pointing there). Running it
// again on the same database sets up only missing counties and rebuilds the bulk state.
// How it is built and what it holds: docs/performance.md#the-national-data-set.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { args as readArgs, log, root } from './bench-harness.mjs';
import { planCounties } from './national/county-template.mjs';
import { setUpCounties } from './national/set-up-counties.mjs';
import { fillBulkState } from './national/bulk-state.mjs';

export const NATIONAL_PASSWORD = 'Bench@2026demo';

const args = readArgs();
const countyCount = Number(args.counties ?? 533);
const seed = Number(args.seed ?? 1);
const today = args.today ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const evidenceDir = args['evidence-dir'] ?? join(root, 'tmp/national/evidence');
const stages = (args.stages ?? 'setup,bulk').split(',');

if (!process.env.DATABASE_URL) {
  console.error('请设置 DATABASE_URL（生成到该数据库；不存在时自动创建），并先运行 npx nx build api');
  process.exit(1);
}
if (!Number.isInteger(countyCount) || countyCount < 1 || countyCount > 3000) {
  console.error('--counties 须为 1–3000 的整数');
  process.exit(1);
}

async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  await client.end();
}

const started = performance.now();
await ensureDatabase(process.env.DATABASE_URL);
mkdirSync(evidenceDir, { recursive: true });
const counties = planCounties(countyCount, seed);
log(
  `全国数据集：${counties.length} 个县（${new Set(counties.map((c) => c.province.code)).size} 个省级地区），种子 ${seed}，今天 ${today}，数据库 ${new URL(process.env.DATABASE_URL).pathname.slice(1)}，佐证文件 ${evidenceDir}`,
);
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATA_DIR: join(root, 'tmp/national/data'),
  EVIDENCE_DIR: evidenceDir,
  ADMIN_PASSWORD: 'Bench@2026admin',
  REMINDER_INTERVAL_MINUTES: '0',
  ADMIN_DIST: '/nonexistent',
};
const report = { counties: counties.length, seed, today };
if (stages.includes('setup')) report.setup = await setUpCounties({ env, counties, demoPassword: NATIONAL_PASSWORD, log });
if (stages.includes('bulk'))
  report.bulk = await fillBulkState({
    url: process.env.DATABASE_URL,
    counties,
    seed,
    today,
    evidenceDir,
    log,
  });
const seconds = (performance.now() - started) / 1000;
log(`完成：共 ${(seconds / 60).toFixed(1)} 分钟（${seconds.toFixed(0)} s）`);
log(JSON.stringify({ ...report, seconds: Math.round(seconds) }));
