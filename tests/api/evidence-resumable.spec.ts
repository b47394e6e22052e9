import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import * as tus from 'tus-js-client';
import { EvidenceHousekeeping, encodeUploadMetadata } from '@accredit/evidence';
import { fixtures, officeFixtures } from '../support/evidence-fixtures';
import { httpGet } from '../support/multipart-client';
import { type TestApi, startTestApi } from '../support/test-api';

const MiB = 1024 * 1024;
const BIG = 200 * MiB;
const MAX = 500 * MiB; // EVIDENCE_MAX_BYTES's default

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: any;
  /** The client cut the connection itself before an answer came. */
  cut?: boolean;
}

type Body = Buffer | (() => AsyncIterable<Buffer>);

/** Until the request can take more, or is gone. */
function drained(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      req.off('drain', go).off('close', go);
      resolve();
    };
    req.on('drain', go).on('close', go);
  });
}

/**
 * A minimal tus 1.0 client over node:http: one request, its body streamed with back-pressure,
 * optionally cut after `cutAfter` body bytes (a phone losing its network mid-chunk).
 */
function tusRequest(method: string, url: string, headers: Record<string, string>, body?: Body, options: { cutAfter?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (value: Answer | Error) => {
      if (settled) return;
      settled = true;
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    const req = http.request(url, { method, headers: { 'tus-resumable': '1.0.0', ...headers } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        done({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    req.on('error', (error) => setTimeout(() => done(options.cutAfter !== undefined ? { status: 0, headers: {}, json: null, cut: true } : error), 100));
    void (async () => {
      if (body === undefined) return req.end();
      const chunks = Buffer.isBuffer(body) ? [body] : body();
      let sent = 0;
      for await (const chunk of chunks) {
        if (req.destroyed || settled) return;
        let piece = chunk;
        if (options.cutAfter !== undefined && sent + piece.length >= options.cutAfter) {
          piece = piece.subarray(0, options.cutAfter - sent);
          req.write(piece);
          await new Promise((r) => setTimeout(r, 200));
          req.destroy();
          return done({ status: 0, headers: {}, json: null, cut: true });
        }
        sent += piece.length;
        if (!req.write(piece)) await drained(req);
      }
      req.end();
    })().catch((error: Error) => done(error));
  });
}

/**
 * A large file produced on the fly (like evidence-fixtures' `generated`), but addressable: any
 * range of it can be produced again, so an upload can resume from the server's offset.
 */
function largeFile(head: Buffer, total: number) {
  const block = randomBytes(256 * 1024);
  const range = async function* (from = 0, to = total): AsyncIterable<Buffer> {
    let at = from;
    while (at < to) {
      let piece: Buffer;
      if (at < head.length) piece = head.subarray(at, Math.min(head.length, to));
      else {
        const inBlock = (at - head.length) % block.length;
        piece = block.subarray(inBlock, Math.min(block.length, inBlock + (to - at)));
      }
      at += piece.length;
      yield piece;
    }
  };
  const sha256 = async () => {
    const hash = createHash('sha256');
    for await (const piece of range()) hash.update(piece);
    return hash.digest('hex');
  };
  const bytes = async (from: number, to: number) => {
    const pieces: Buffer[] = [];
    for await (const piece of range(from, to)) pieces.push(Buffer.from(piece));
    return Buffer.concat(pieces);
  };
  return { total, range, sha256, bytes };
}

describe('evidence: resumable uploads (tus 1.0)', () => {
  let t: TestApi;
  let dir: string;
  let kexie: string;
  let taskId: string;
  let query: (sql: string, params?: unknown[]) => Promise<any[]>;

  const endpoint = () => `${t.api.url}/api/evidence/uploads`;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const partials = () => readdirSync(join(dir, 'resumable'));
  const objects = () => (existsSync(join(dir, 'objects')) ? readdirSync(join(dir, 'objects'), { recursive: true }).filter((p) => /[0-9a-f]{64}$/.test(String(p))).length : 0);
  const rows = async () => (await query('select (select count(*) from evidence_file)::int as files, (select count(*) from evidence)::int as evidence'))[0];
  const create = (token: string, fields: Record<string, string>, length: number, headers: Record<string, string> = {}) =>
    tusRequest('POST', endpoint(), { ...auth(token), 'upload-length': String(length), 'upload-metadata': encodeUploadMetadata({ taskId, requirementCode: '1-1', ...fields }), ...headers });
  const at = (location: string) => `${t.api.url}${location}`;
  const patch = (token: string, url: string, offset: number, body: Body, length: number, options: { cutAfter?: number } = {}) =>
    tusRequest('PATCH', url, { ...auth(token), 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream', 'content-length': String(length) }, body, options);
  const head = (token: string, url: string) => tusRequest('HEAD', url, auth(token));
  const expectRefusal = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.json.errors[0].extensions.code).toBe(code);
    expect(answer.json.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(answer.json)).not.toMatch(/stacktrace|\bat [\w.]+ \(|node_modules/);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-resumable-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    const orm = t.api.app.get(MikroORM);
    query = (sql, params = []) => orm.em.fork().getConnection().execute(sql, params);
    const client = await t.as('kexie');
    kexie = client.token;
    const { data } = await t.gql('{ campaigns { id } }');
    const mine = await client('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id } } } }', { id: data!.campaigns[0].id });
    taskId = mine.data!.tasks.edges[0].node.id;
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes an interrupted 200 MB upload where it stopped, stores the whole file once and makes one evidence', async () => {
    const file = largeFile(fixtures.mp4(4096), BIG);
    const before = await rows();
    const created = await create(kexie, { filename: '科普宣传片.mp4', kind: 'PHOTO', description: '2022 年科普日活动视频', refersTo: '2022-09-17' }, BIG);
    expect(created.status).toBe(201);
    expect(created.headers['location']).toMatch(/^\/api\/evidence\/uploads\/[0-9a-f]{32}$/);
    const url = at(created.headers['location']!);
    const uploadId = created.headers['location']!.split('/').pop()!;

    // Memory while 200 MB flow through this process (client and server alike): sampled, not held.
    const baseline = process.memoryUsage();
    let peak = { rss: 0, arrayBuffers: 0 };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = { rss: Math.max(peak.rss, now.rss - baseline.rss), arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers - baseline.arrayBuffers) };
    }, 50);
    const started = Date.now();
    try {
      // The connection drops after ~70 MB of a PATCH that announced the whole file.
      const cut = await patch(kexie, url, 0, () => file.range(), BIG, { cutAfter: 70 * MiB });
      expect(cut.cut).toBe(true);

      const progress = await head(kexie, url);
      expect(progress.status).toBe(200);
      expect(progress.headers['tus-resumable']).toBe('1.0.0');
      expect(progress.headers['cache-control']).toBe('no-store');
      expect(Number(progress.headers['upload-length'])).toBe(BIG);
      const offset = Number(progress.headers['upload-offset']);
      expect(offset).toBeGreaterThan(10 * MiB);
      expect(offset).toBeLessThanOrEqual(70 * MiB);
      expect(statSync(join(dir, 'resumable', uploadId)).size).toBe(offset);

      // Sending from anywhere but the server's offset changes nothing.
      const wrong = await patch(kexie, url, offset - 1, Buffer.alloc(1), 1);
      expectRefusal(wrong, 409, 'CONFLICT');
      expect(wrong.json.errors[0].extensions.details.reason).toBe('offset-mismatch');

      const done = await patch(kexie, url, offset, () => file.range(offset), BIG - offset);
      expect(done.status).toBe(200);
      expect(Number(done.headers['upload-offset'])).toBe(BIG);
      expect(done.json).toMatchObject({ uploadId, offset: BIG, length: BIG, complete: true, file: { size: BIG, mediaType: 'video/mp4', originalName: '科普宣传片.mp4', newContent: true } });
      const expected = await file.sha256();
      expect(done.json.file.sha256).toBe(expected);
      const evidenceId = done.json.file.evidenceId as string;
      expect(evidenceId).toMatch(/^[0-9a-f-]{36}$/);

      // One evidence, one file row, one event naming the upload; the content stored once, the partial gone.
      expect(await rows()).toEqual({ files: before.files + 1, evidence: before.evidence + 1 });
      const events = await query("select evidence_id, details from evidence_event where details->>'uploadId' = ?", [uploadId]);
      expect(events).toHaveLength(1);
      expect(events[0].evidence_id).toBe(evidenceId);
      const [row] = await query(
        'select f.sha256, f.size, v.kind, v.description, v.refers_to::text as refers_to from evidence e join evidence_version v on v.evidence_id = e.id join evidence_file f on f.id = v.file_id where e.id = ?',
        [evidenceId],
      );
      expect(row).toMatchObject({ sha256: expected, kind: 'photo', description: '2022 年科普日活动视频', refers_to: '2022-09-17' });
      expect(Number(row.size)).toBe(BIG);
      expect(statSync(join(dir, 'objects', expected.slice(0, 2), expected.slice(2, 4), expected)).size).toBe(BIG);
      expect(existsSync(join(dir, 'resumable', uploadId))).toBe(false);

      // The stored bytes are the file's (its last kilobyte, read back through the download route).
      const tail = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: kexie, headers: { range: `bytes=${BIG - 1024}-${BIG - 1}` } });
      expect(tail.status).toBe(206);
      expect(tail.body.equals(await file.bytes(BIG - 1024, BIG))).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    console.log(
      `resumable 200 MB: ${((Date.now() - started) / 1000).toFixed(1)} s for ~270 MB sent; peak growth rss ${(peak.rss / MiB).toFixed(0)} MB, arrayBuffers ${(peak.arrayBuffers / MiB).toFixed(0)} MB`,
    );
    expect(peak.arrayBuffers).toBeLessThan(64 * MiB);

    // Asked again (a lost answer, a reload): the same result, no second evidence; HEAD says complete.
    const status = await httpGet(url, { token: kexie });
    expect(status.json).toMatchObject({
      uploadId,
      complete: true,
      file: { evidenceId: (await query("select evidence_id from evidence_event where details->>'uploadId' = ?", [uploadId]))[0].evidence_id },
    });
    expect((await query("select count(*)::int as n from evidence_event where details->>'uploadId' = ?", [uploadId]))[0].n).toBe(1);
    const finished = await head(kexie, url);
    expect(finished.headers['upload-offset']).toBe(String(BIG));
    expectRefusal(await tusRequest('DELETE', url, auth(kexie)), 400, 'VALIDATION');
  });

  it('keeps an upload its creator’s: another user can neither see, resume nor cancel it', async () => {
    const data = fixtures.pdf(MiB);
    const created = await create(kexie, { filename: '方案.pdf' }, data.length);
    const url = at(created.headers['location']!);
    expect((await patch(kexie, url, 0, data.subarray(0, 100_000), 100_000)).status).toBe(204);

    for (const username of ['office', 'fagaiwei']) {
      const other = (await t.as(username)).token;
      expect((await head(other, url)).status).toBe(404);
      expectRefusal(await patch(other, url, 100_000, data.subarray(100_000), data.length - 100_000), 404, 'NOT_FOUND');
      expectRefusal(await tusRequest('DELETE', url, auth(other)), 404, 'NOT_FOUND');
      expectRefusal(await httpGet(url, { token: other }), 404, 'NOT_FOUND');
    }
    // Untouched: its creator still finds it where it was, and can cancel it.
    expect((await head(kexie, url)).headers['upload-offset']).toBe('100000');
    expect((await tusRequest('DELETE', url, auth(kexie))).status).toBe(204);
    expect((await head(kexie, url)).status).toBe(404);
    expect(partials().filter((name) => name.startsWith(url.split('/').pop()!))).toEqual([]);
  });

  it('refuses at creation, before any byte: a liaison of another department, an over-size file, a frozen task, a browser without the upload header', async () => {
    const before = partials().length;
    const street = (await t.as('xiaolongkan')).token;
    expectRefusal(await create(street, { filename: 'a.pdf' }, MiB), 403, 'FORBIDDEN');

    const tooBig = await create(kexie, { filename: '大文件.mp4' }, MAX + 1);
    expectRefusal(tooBig, 413, 'VALIDATION');
    expect(tooBig.json.errors[0].message).toContain('500 MB');
    expectRefusal(await create(kexie, { filename: 'a.pdf' }, MiB, { 'upload-length': '', 'upload-defer-length': '1' }), 400, 'VALIDATION');
    expectRefusal(await create(kexie, { filename: 'a.pdf', requirementCode: '9-9' }, MiB), 400, 'VALIDATION');

    await query("update task set state = 'submitted' where id = ?", [taskId]);
    try {
      const frozen = await create(kexie, { filename: 'a.pdf' }, MiB);
      expectRefusal(frozen, 409, 'TRANSITION_NOT_ALLOWED');
      expect(frozen.json.errors[0].message).toContain('撤回');
    } finally {
      await query("update task set state = 'pending' where id = ?", [taskId]);
    }

    const login = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { username } } }', variables: { input: { username: 'kexie', password: 'Test@2026demo' } } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const metadata = encodeUploadMetadata({ taskId, requirementCode: '1-1', filename: 'a.pdf' });
    const browser = (headers: Record<string, string>) => tusRequest('POST', endpoint(), { cookie, 'upload-length': String(MiB), 'upload-metadata': metadata, ...headers });
    const refused = await browser({});
    expectRefusal(refused, 403, 'FORBIDDEN');
    expect(refused.json.errors[0].extensions.details.refusedBy).toBe('csrf');
    expect((await browser({ 'x-accredit-upload': '1', origin: t.api.url })).status).toBe(201);
    expect(partials().length).toBe(before + 2); // only the browser's own upload: its file and record
  });

  it('stops a task’s uploads from taking more bytes while the task is frozen, and lets them go on after it is returned', async () => {
    const data = fixtures.png(3 * MiB);
    const url = at((await create(kexie, { filename: '照片.png', kind: 'PHOTO' }, data.length)).headers['location']!);
    expect((await patch(kexie, url, 0, data.subarray(0, MiB), MiB)).status).toBe(204);
    await query("update task set state = 'submitted' where id = ?", [taskId]);
    try {
      expectRefusal(await patch(kexie, url, MiB, data.subarray(MiB), data.length - MiB), 409, 'TRANSITION_NOT_ALLOWED');
      expect((await head(kexie, url)).headers['upload-offset']).toBe(String(MiB));
    } finally {
      await query("update task set state = 'returned' where id = ?", [taskId]);
    }
    const done = await patch(kexie, url, MiB, data.subarray(MiB), data.length - MiB);
    expect(done.status).toBe(200);
    expect(done.json.file).toMatchObject({ mediaType: 'image/png', size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
    await query("update task set state = 'pending' where id = ?", [taskId]);
  });

  it('refuses an executable named .pdf within its first chunk, and a plain ZIP once complete; nothing of either is kept', async () => {
    const before = { rows: await rows(), objects: objects(), partials: partials().length };
    const exe = fixtures.exe(10 * MiB);
    const created = await create(kexie, { filename: '通知.pdf' }, exe.length);
    const url = at(created.headers['location']!);
    const refused = await patch(kexie, url, 0, exe.subarray(0, 5 * MiB), 5 * MiB);
    expectRefusal(refused, 400, 'VALIDATION');
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.json.errors[0].extensions.details).toMatchObject({ reason: 'type-not-allowed', detected: 'Windows 可执行程序' });
    expect((await head(kexie, url)).status).toBe(404);

    // A first chunk shorter than the bytes the type needs: decided with the next one.
    const elf = fixtures.elf(MiB);
    const split = at((await create(kexie, { filename: 'tool.pdf' }, elf.length)).headers['location']!);
    expect((await patch(kexie, split, 0, elf.subarray(0, 10), 10)).status).toBe(204);
    expectRefusal(await patch(kexie, split, 10, elf.subarray(10, 8192), 8182), 400, 'VALIDATION');

    const archive = officeFixtures.plainZip();
    const zipUrl = at((await create(kexie, { filename: '材料.docx' }, archive.length)).headers['location']!);
    const zipRefused = await patch(kexie, zipUrl, 0, archive, archive.length);
    expectRefusal(zipRefused, 400, 'VALIDATION');
    expect(zipRefused.json.errors[0].message).toContain('ZIP 压缩包');
    expect((await head(kexie, zipUrl)).status).toBe(404);

    expect({ rows: await rows(), objects: objects(), partials: partials().length }).toEqual(before);
  });

  it('takes a whole small file with its creation (creation-with-upload), and refuses a wrong one there too', async () => {
    const data = fixtures.png(300_000);
    const whole = await tusRequest(
      'POST',
      endpoint(),
      {
        ...auth(kexie),
        'upload-length': String(data.length),
        'upload-metadata': encodeUploadMetadata({ taskId, requirementCode: '1-1', kind: 'PHOTO', filename: '合影.png' }),
        'content-type': 'application/offset+octet-stream',
      },
      data,
    );
    expect(whole.status).toBe(201);
    expect(whole.headers['location']).toMatch(/^\/api\/evidence\/uploads\/[0-9a-f]{32}$/);
    expect(whole.json).toMatchObject({ complete: true, file: { mediaType: 'image/png', size: data.length, sha256: createHash('sha256').update(data).digest('hex') } });
    expect(whole.json.file.evidenceId).toMatch(/^[0-9a-f-]{36}$/);

    const before = partials().length;
    const exe = fixtures.elf(300_000);
    const refused = await tusRequest(
      'POST',
      endpoint(),
      {
        ...auth(kexie),
        'upload-length': String(exe.length),
        'upload-metadata': encodeUploadMetadata({ taskId, requirementCode: '1-1', filename: 'a.png' }),
        'content-type': 'application/offset+octet-stream',
      },
      exe,
    );
    expectRefusal(refused, 400, 'VALIDATION');
    expect(refused.json.errors[0].extensions.details.detected).toBe('Linux 可执行程序');
    expect(partials().length).toBe(before);

    // Without the protocol header: a JSON refusal, not tus's plain text.
    const url = at(whole.headers['location']!);
    const noVersion = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(url, { method: 'PATCH', headers: { ...auth(kexie), 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': '0' } });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end();
    });
    expectRefusal(noVersion, 412, 'VALIDATION');
  });

  it('works with tus-js-client (the admin’s uploader): 5 MB chunks, then the evidence from the status route', async () => {
    const data = officeFixtures.docx();
    const padded = fixtures.pdf(12 * MiB);
    for (const [bytes, name, mediaType] of [
      [padded, '年度总结.pdf', 'application/pdf'],
      [data, '方案.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      let chunks = 0;
      const url = await new Promise<string>((resolve, reject) => {
        const upload = new tus.Upload(bytes, {
          endpoint: endpoint(),
          headers: auth(kexie),
          chunkSize: 5 * MiB,
          retryDelays: [0, 200],
          metadata: { taskId, requirementCode: '1-2', kind: 'SEALED_DOCUMENT', filename: name },
          onChunkComplete: () => (chunks += 1),
          onSuccess: () => resolve(upload.url!),
          onError: reject,
        });
        upload.start();
      });
      expect(chunks).toBe(Math.ceil(bytes.length / (5 * MiB)));
      const status = await httpGet(url, { token: kexie });
      expect(status.json).toMatchObject({ complete: true, file: { mediaType, originalName: name, sha256: createHash('sha256').update(bytes).digest('hex') } });
      const evidence = await query('select requirement_code from evidence where id = ?', [status.json.file.evidenceId]);
      expect(evidence).toEqual([{ requirement_code: '1-2' }]);
    }
  });

  it('finishes an upload interrupted while it was being recorded without recording it twice', async () => {
    const data = fixtures.webp(2 * MiB);
    const url = at((await create(kexie, { filename: '海报.webp' }, data.length)).headers['location']!);
    const first = await patch(kexie, url, 0, data, data.length);
    expect(first.status).toBe(200);
    const id = url.split('/').pop()!;
    // As if the process died after the rows were committed but before it noted so: the content is
    // in the store, the partial gone, the note still says "storing".
    const { sha256, size, mediaType, originalName, name } = first.json.file;
    writeFileSync(join(dir, 'resumable', `${id}.finish.json`), JSON.stringify({ phase: 'storing', file: { sha256, size, mediaType, originalName, name } }));
    const again = await httpGet(url, { token: kexie });
    expect(again.status).toBe(200);
    expect(again.json.file).toMatchObject({ fileId: first.json.file.fileId, evidenceId: first.json.file.evidenceId, sha256 });
    expect((await query("select count(*)::int as n from evidence_event where details->>'uploadId' = ?", [id]))[0].n).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'resumable', `${id}.finish.json`), 'utf8')).phase).toBe('recorded');
  });

  it('removes uploads older than the expiry, finished or not', async () => {
    const data = fixtures.jpeg(MiB);
    const url = at((await create(kexie, { filename: 'x.jpg' }, data.length)).headers['location']!);
    expect((await patch(kexie, url, 0, data.subarray(0, 1000), 1000)).status).toBe(204);
    const id = url.split('/').pop()!;
    const housekeeping = t.api.app.get(EvidenceHousekeeping);
    expect(await housekeeping.removeExpiredUploads(Date.now() + 23 * 3600_000)).toBe(0);
    expect(partials().some((name) => name.startsWith(id))).toBe(true);
    expect(await housekeeping.removeExpiredUploads(Date.now() + 25 * 3600_000)).toBeGreaterThanOrEqual(1);
    expect(partials()).toEqual([]);
    expect((await head(kexie, url)).status).toBe(404);
  });
});
