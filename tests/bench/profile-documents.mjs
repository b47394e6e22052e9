// CPU profile of the API answering one of the UI's documents over and over (docs/performance.md):
//   DATABASE_URL=…/national node tests/bench/profile-documents.mjs --document TaskTable --first 50 --requests 300
//   … --query '{ me { id } }' --requests 1000   (any document, no variables: the fixed cost of a request)
// Starts the built API with --cpu-prof (tmp/bench/prof), sends the requests one at a time as the
// office admin of 沙坪坝区 (or --user), stops it and prints the summary of the requests' window
// (cpu-profile-summary.mjs; start-up and 10 warm-up requests left out).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { args as readArgs, log, root } from './bench-harness.mjs';
import { adminDocuments } from './national/admin-documents.mjs';
import { gql, login, startApiProcess } from './national/api-process.mjs';

const args = readArgs();
const name = args.query ? 'query' : (args.document ?? 'TaskTable');
const requests = Number(args.requests ?? 300);
const dir = join(root, 'tmp/bench/prof');
mkdirSync(dir, { recursive: true });
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const [{ id: campaignId }] = (await client.query(`select c.id from campaign c join organisation o on o.id = c.organisation_id where o.code = '500106' and c.key = 'shapingba-2021-2025'`)).rows;
await client.end();
const variables = args.query ? {} : name === 'CampaignIndicatorTree' ? { id: campaignId } : { campaignId, ...(args.first ? { first: Number(args.first) } : {}) };
const query = args.query ?? adminDocuments()[name];
const spawnedAt = performance.now();
const api = await startApiProcess({
  databaseUrl: process.env.DATABASE_URL,
  evidenceDir: join(root, 'tmp/national/evidence'),
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
});
const token = args.user ? await login(api.url, args.user) : api.token;
for (let i = 0; i < 10; i++) await gql(api.url, query, variables, token); // warm-up, left out of the summary
const started = performance.now();
const skipMs = started - spawnedAt;
for (let i = 0; i < requests; i++) await gql(api.url, query, variables, token);
log(`${name} ${JSON.stringify(variables)}：${requests} 个请求，平均 ${((performance.now() - started) / requests).toFixed(1)} ms（含分析开销）`);
const endMs = performance.now() - spawnedAt;
await api.stop();
const newest = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
log(
  execFileSync(process.execPath, [join(root, 'tests/bench/national/cpu-profile-summary.mjs'), newest, String(args.top ?? 20), String(Math.round(skipMs)), String(Math.round(endMs))], {
    encoding: 'utf8',
  }),
);
