// Benchmark (a script, not a test): a 1 GiB evidence upload through the running API, beside the
// limit measured in the same run — the same bytes streamed by raw Node to disk with sha256.
// TARGETS: ≥ 0.7× the limit's MB/s, API memory growth ≤ 100 MB.
//
//   npx nx build api
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node tests/bench/evidence-upload.mjs [--mib 1024] [--rounds 2]
//
// DATABASE_URL names a server (any database on it): the script creates and drops its own database.
// Both paths write to the same file system (os.tmpdir()) and fsync at the end (the API does, so a
// reported upload survives a crash). MB/s are 10^6 bytes per second.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { args as readArgs, gql, log, mbps, rssOf, startBenchApi } from './bench-harness.mjs';

const args = readArgs();
const SIZE = Number(args.mib ?? 1024) * 1024 * 1024;
const ROUNDS = Number(args.rounds ?? 2);
const CHUNK = 1024 * 1024;

/** The same bytes for both paths: a PDF header, then a random 8 MiB block repeated (different each round). */
const blocks = new Map();
function* source(round) {
  if (!blocks.has(round)) {
    const block = randomBytes(8 * CHUNK);
    block.write(`%PDF-1.7\n% round ${round}\n`, 0, 'latin1');
    blocks.set(round, block);
  }
  const block = blocks.get(round);
  for (let sent = 0; sent < SIZE; sent += CHUNK) {
    const offset = sent % block.length;
    yield block.subarray(offset, offset + Math.min(CHUNK, SIZE - sent));
  }
}

function expectedSha(round) {
  // Recomputed from the same generator (cheap next to the I/O, and outside the timed sections).
  const hash = createHash('sha256');
  for (const chunk of source(round)) hash.update(chunk);
  return hash.digest('hex');
}

async function limit(round, dir) {
  const path = join(dir, `limit-${round}.bin`);
  const started = performance.now();
  const hash = createHash('sha256');
  const out = createWriteStream(path, { flush: true, highWaterMark: CHUNK });
  for (const chunk of source(round)) {
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  const ms = performance.now() - started;
  rmSync(path);
  return { ms, sha256: hash.digest('hex') };
}

async function upload(url, token, fields, round) {
  const boundary = `----bench${round}${Date.now()}`;
  const req = http.request(`${url}/api/evidence/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
  });
  const response = once(req, 'response');
  let head = '';
  for (const [name, value] of Object.entries(fields)) head += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="基准测试-${round}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  req.write(head);
  for (const chunk of source(round)) if (!req.write(chunk)) await once(req, 'drain');
  req.end(`\r\n--${boundary}--\r\n`);
  const [res] = await response;
  const chunks = [];
  for await (const chunk of res) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${JSON.stringify(body)}`);
  return body.files[0];
}

const work = mkdtempSync(join(tmpdir(), 'accredit-bench-'));
const bench = await startBenchApi(work, { EVIDENCE_MAX_BYTES: String(SIZE + 1024 * 1024) });
const api = bench.api;
try {
  const url = bench.url;
  const token = await bench.login('kexie');
  const { campaigns } = await gql(url, '{ campaigns { id name } }', {}, token);
  // The faithful campaign (db:seed-demo also sets up a live one, whose first tasks are under way).
  const campaign = campaigns.find((c) => c.name === '沙坪坝区创建2021—2025年度全国科普示范区') ?? campaigns[0];
  const { tasks } = await gql(url, 'query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id } } } }', { id: campaign.id }, token);
  const fields = { taskId: tasks.edges[0].node.id, requirementCode: '1-1', kind: 'SEALED_DOCUMENT' };

  log(`文件 ${SIZE / 1024 / 1024} MiB，${ROUNDS} 轮；API 进程 ${api.pid}`);
  const results = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const sha = expectedSha(round);
    const raw = await limit(round, work);
    if (raw.sha256 !== sha) throw new Error('limit hash mismatch');
    global.gc?.();
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = rssOf(api.pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(api.pid))), 20);
    const started = performance.now();
    const file = await upload(url, token, fields, round);
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, rssOf(api.pid));
    if (file.sha256 !== sha || file.size !== SIZE) throw new Error(`API stored ${file.sha256}/${file.size}, expected ${sha}/${SIZE}`);
    const result = { round, limitMBps: mbps(SIZE, raw.ms), apiMBps: mbps(SIZE, ms), ratio: raw.ms / ms, rssGrowthMB: (peak - baseline) / 1e6, baselineMB: baseline / 1e6 };
    results.push(result);
    log(
      `第 ${round} 轮：极限（裸 Node 写盘 + sha256）${result.limitMBps.toFixed(0)} MB/s，API 上传 ${result.apiMBps.toFixed(0)} MB/s，` +
        `比值 ${result.ratio.toFixed(2)}×（目标 ≥ 0.7×）；API 内存峰值增长 ${result.rssGrowthMB.toFixed(1)} MB（基线 ${result.baselineMB.toFixed(0)} MB，目标 ≤ 100 MB）`,
    );
  }
  const best = results.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const worstRss = Math.max(...results.map((r) => r.rssGrowthMB));
  const medianRatio = results.map((r) => r.ratio).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  log(`\n结果：比值最好 ${best.ratio.toFixed(2)}×（${best.apiMBps.toFixed(0)} / ${best.limitMBps.toFixed(0)} MB/s），中位 ${medianRatio.toFixed(2)}×；内存增长最多 ${worstRss.toFixed(1)} MB`);
  log(JSON.stringify({ sizeBytes: SIZE, results }));
} finally {
  await bench.close();
  rmSync(work, { recursive: true, force: true });
}
