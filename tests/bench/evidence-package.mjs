// Benchmark (a script, not a test): the evidence package of 2,000 files / 1 GiB streamed by the
// running API, beside the limit measured in the same run — `zip -0 -r` of the same stored files.
// TARGETS: ≥ 0.7× the limit's speed, API memory growth ≤ 150 MB.
//
//   npx nx build api
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node tests/bench/evidence-package.mjs [--files 2000] [--kib 512]
//
// Both write the archive to the same file system. MB/s are 10^6 bytes per second.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { args, gql, log, mbps, rssOf, sampleRss, startBenchApi } from './bench-harness.mjs';

const options = args();
const FILES = Number(options.files ?? 2000);
const SIZE = Number(options.kib ?? 512) * 1024;
const PER_REQUEST = 20;

async function uploadBatch(url, token, taskId, requirementCode, count, offset) {
  const boundary = `----pkg${offset}`;
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="taskId"\r\n\r\n${taskId}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="requirementCode"\r\n\r\n${requirementCode}\r\n`,
  ];
  const req = http.request(`${url}/api/evidence/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  const response = once(req, 'response');
  // A refused upload is answered before the body is sent: keep the answer, not the broken pipe.
  req.on('error', () => undefined);
  req.write(parts.join(''));
  for (let i = 0; i < count; i++) {
    const body = randomBytes(SIZE);
    body.write(`%PDF-1.7\n% ${offset + i}\n`, 0, 'latin1');
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="材料-${offset + i}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    if (!req.write(body)) await once(req, 'drain');
    req.write('\r\n');
  }
  req.end(`--${boundary}--\r\n`);
  const [res] = await response;
  const chunks = [];
  for await (const chunk of res) chunks.push(chunk);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${Buffer.concat(chunks).toString('utf8').slice(0, 400)}`);
}

const work = mkdtempSync(join(tmpdir(), 'accredit-package-bench-'));
const bench = await startBenchApi(work, { EVIDENCE_MAX_FILES: String(PER_REQUEST) });
try {
  const liaison = await bench.login('kexie');
  const office = await bench.login('office');
  const { campaigns } = await gql(bench.url, '{ campaigns { id name } }', {}, office);
  // The faithful campaign (db:seed-demo also sets up a live one).
  const campaignId = (campaigns.find((campaign) => campaign.name === '沙坪坝区创建2021—2025年度全国科普示范区') ?? campaigns[0]).id;
  // 区科协 has 42 tasks: one page of the largest size (MAX_PAGE_SIZE 100) holds them all.
  const { tasks } = await gql(
    bench.url,
    'query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id scoringRule { indicator { requirements { code } } } } } } }',
    { id: campaignId },
    liaison,
  );
  const targets = tasks.edges.map((e) => ({ taskId: e.node.id, codes: e.node.scoringRule.indicator.requirements.map((r) => r.code) }));
  log(`准备：上传 ${FILES} 个文件，每个 ${SIZE / 1024} KiB（共 ${((FILES * SIZE) / 2 ** 30).toFixed(2)} GiB），分布在区科协的 ${targets.length} 项任务 …`);
  for (let sent = 0, batch = 0; sent < FILES; batch++) {
    const target = targets[batch % targets.length];
    const count = Math.min(PER_REQUEST, FILES - sent);
    try {
      await uploadBatch(bench.url, liaison, target.taskId, target.codes[batch % target.codes.length], count, sent);
    } catch (error) {
      throw new Error(`第 ${batch + 1} 批上传失败（已传 ${sent} 个）：${error instanceof Error ? error.message : error}`);
    }
    sent += count;
  }

  // The limit: zip -0 -r of the same stored files.
  const limitZip = join(work, 'limit.zip');
  let started = performance.now();
  execFileSync('zip', ['-0', '-q', '-r', limitZip, 'objects'], { cwd: join(work, 'evidence') });
  const limitMs = performance.now() - started;
  const limitBytes = statSync(limitZip).size;
  rmSync(limitZip);

  // The API: the same files streamed as the package, written to disk by the client.
  const apiZip = join(work, 'api.zip');
  global.gc?.();
  await new Promise((r) => setTimeout(r, 1000));
  const rss = sampleRss(bench.api.pid);
  const baseline = rssOf(bench.api.pid);
  started = performance.now();
  const response = await new Promise((resolve, reject) =>
    http.get(`${bench.url}/api/campaigns/${campaignId}/export/evidence-package.zip`, { headers: { authorization: `Bearer ${office}` } }, resolve).on('error', reject),
  );
  if (response.statusCode !== 200) {
    const chunks = [];
    for await (const chunk of response) chunks.push(chunk);
    throw new Error(`package failed: ${response.statusCode} ${Buffer.concat(chunks).toString('utf8').slice(0, 500)}`);
  }
  let received = 0;
  response.on('data', (chunk) => (received += chunk.length));
  try {
    await pipeline(response, createWriteStream(apiZip));
  } catch (error) {
    throw new Error(`下载中断：已收到 ${received} 字节，Content-Length ${response.headers['content-length']}：${error.message}`);
  }
  const apiMs = performance.now() - started;
  const peak = rss.stop();
  const apiBytes = statSync(apiZip).size;
  const entries = execFileSync('unzip', ['-Z1', apiZip]).toString().trim().split('\n').length;
  rmSync(apiZip);

  const result = {
    files: FILES,
    entries,
    limitMBps: mbps(limitBytes, limitMs),
    apiMBps: mbps(apiBytes, apiMs),
    ratio: limitMs / apiMs,
    rssGrowthMB: (peak - baseline) / 1e6,
    baselineMB: baseline / 1e6,
  };
  log(
    `极限（zip -0 -r）${result.limitMBps.toFixed(0)} MB/s，API 佐证材料包 ${result.apiMBps.toFixed(0)} MB/s（${entries} 个条目），` +
      `比值 ${result.ratio.toFixed(2)}×（目标 ≥ 0.7×）；API 内存峰值增长 ${result.rssGrowthMB.toFixed(1)} MB（基线 ${result.baselineMB.toFixed(0)} MB，目标 ≤ 150 MB）`,
  );
  log(JSON.stringify(result));
} catch (error) {
  log(`基准测试失败：${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
} finally {
  await bench.close();
  rmSync(work, { recursive: true, force: true });
}
