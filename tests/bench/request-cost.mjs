// The fixed cost of a request (docs/performance.md): the built API and the minimal server side by
// side in one run, small documents sent one at a time, then the UI's documents the same way.
//   DATABASE_URL=…/national node tests/bench/request-cost.mjs [--requests 300] [--documents CampaignScores,TaskTable]
// Prints p50 / p95 per document and path, the ratio of the p50s, and the load average beside them.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import pg from 'pg';
import { args as readArgs, log, root } from './bench-harness.mjs';
import { adminDocuments } from './national/admin-documents.mjs';
import { post, startApiProcess } from './national/api-process.mjs';

const args = readArgs();
const REQUESTS = Number(args.requests ?? 300);
const DATABASE_URL = process.env.DATABASE_URL;
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const [{ id: campaignId }] = (await client.query(`select c.id from campaign c join organisation o on o.id = c.organisation_id where o.code = '500106' and c.key = 'shapingba-2021-2025'`)).rows;
await client.end();

const documents = adminDocuments();
const wanted = String(args.documents ?? '')
  .split(',')
  .filter(Boolean);
const CASES = [
  { label: '{ __typename }', query: '{ __typename }', variables: {} },
  ...wanted.map((name) => ({
    label: name,
    query: documents[name],
    variables: name === 'CampaignIndicatorTree' ? { id: campaignId } : { campaignId },
  })),
];

const api = await startApiProcess({ databaseUrl: DATABASE_URL, evidenceDir: join(root, 'tmp/national/evidence') });
const minimalChild = spawn(process.execPath, [join(root, 'tests/bench/national/minimal-server-main.mjs'), DATABASE_URL], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const minimal = JSON.parse(await new Promise((resolve) => createInterface({ input: minimalChild.stdout }).once('line', resolve)));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
async function time(url, entry) {
  const ms = [];
  for (let i = 0; i < REQUESTS + 20; i++) {
    const started = performance.now();
    const body = await post(url, entry.query, entry.variables, api.token);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    if (i >= 20) ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const f1 = (n) => n.toFixed(1);
try {
  for (const entry of CASES) {
    const product = await time(api.url, entry);
    const server = await time(minimal.url, entry);
    log(
      `${entry.label.padEnd(24)} API ${f1(product.p50)} / ${f1(product.p95)} ms · 极简服务器 ${f1(server.p50)} / ${f1(server.p95)} ms · ` +
        `${(product.p50 / server.p50).toFixed(2)}× · 负载 ${loadavg()[0].toFixed(1)}`,
    );
  }
  // `me` only on the product (the minimal server answers only the suite's root fields).
  const me = await time(api.url, { query: '{ me { id } }', variables: {} });
  log(`${'{ me { id } }'.padEnd(24)} API ${f1(me.p50)} / ${f1(me.p95)} ms · 负载 ${loadavg()[0].toFixed(1)}`);
} finally {
  await api.stop();
  minimalChild.kill('SIGTERM');
}
