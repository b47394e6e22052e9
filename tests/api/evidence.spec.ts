import http from 'node:http';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { HTTP_ACCESS_POLICY } from '@accredit/identity';
import { EvidenceQueries } from '@accredit/evidence';
import { type TestApi, startTestApi } from '../support/test-api';
import { fixtures, officeFixtures, sha256 } from '../support/evidence-fixtures';
import { type UploadFile, httpGet, uploadMultipart } from '../support/multipart-client';
import { downloadName } from '../support/download-name';

const MAX = 1024 * 1024; // EVIDENCE_MAX_BYTES for this suite: 1 MiB

const TASK_EVIDENCE = `query($taskId: ID!, $includeDeleted: Boolean) {
  taskEvidence(taskId: $taskId, includeDeleted: $includeDeleted) {
    id task { id } requirementCode currentVersion revision createdBy deletedAt deletedBy
    current { number kind kindLabel description refersTo downloadUrl previewUrl createdBy
      file { id name originalName size sha256 mediaType uploadedBy } }
    versions { number kind description file { id sha256 } downloadUrl }
  }
}`;

/** Every file under a folder, recursively (stored objects, temp files). */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(filesUnder(path));
    else out.push(path);
  }
  return out;
}

describe('evidence: streamed upload, storage, versions, download', () => {
  let t: TestApi;
  let dir: string;
  let kexieToken: string;
  let taskId: string;
  let otherTaskId: string;
  let codes: string[];
  let query: (sql: string, params?: unknown[]) => Promise<any[]>;

  const upload = (files: UploadFile[], fields: Record<string, string> = {}, options: Parameters<typeof uploadMultipart>[3] = {}) =>
    uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: codes[0], ...fields }, files, { token: kexieToken, ...options });
  const tempFiles = () => readdirSync(join(dir, 'tmp'));
  const storedObjects = () => filesUnder(join(dir, 'objects'));
  const counts = async () => {
    const [row] = await query('select (select count(*) from evidence_file)::int as files, (select count(*) from evidence)::int as evidence, (select count(*) from evidence_version)::int as versions');
    return { ...row, objects: storedObjects().length, temp: tempFiles().length };
  };
  /** Waits for the server to finish cleaning up after a refused or aborted upload. */
  const settle = async (before: Awaited<ReturnType<typeof counts>>) => {
    for (let i = 0; i < 50; i++) {
      const now = await counts();
      if (now.temp === 0 && now.objects === before.objects) return now;
      await new Promise((r) => setTimeout(r, 100));
    }
    return counts();
  };
  const expectRefusal = (result: { status: number; json: any }, status: number, code: string) => {
    expect(result.status).toBe(status);
    expect(result.json.errors[0].extensions.code).toBe(code);
    expect(result.json.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(result.json)).not.toMatch(/stacktrace|\bat [\w.]+ \(|node_modules/);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-evidence-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir, EVIDENCE_MAX_BYTES: String(MAX), EVIDENCE_MAX_FILES: '60' } });
    const orm = t.api.app.get(MikroORM);
    query = (sql, params = []) => orm.em.fork().getConnection().execute(sql, params);
    const kexie = await t.as('kexie');
    kexieToken = kexie.token;
    const { data } = await t.gql('{ campaigns { id } }');
    const campaignId = data!.campaigns[0].id;
    const mine = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 5) { edges { node { id scoringRule { code } } } } }', { id: campaignId });
    taskId = mine.data!.tasks.edges[0].node.id;
    otherTaskId = mine.data!.tasks.edges[1].node.id;
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { code requirements { code } } } }', { id: campaignId });
    codes = tree.data!.campaign.indicators.find((i: any) => i.code === '1').requirements.map((r: any) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['1-1', '1-2']));
  });

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a file: stored under its sha256, recorded, downloaded byte for byte with a Chinese name', async () => {
    const pdf = fixtures.pdf(300_000);
    const result = await upload([{ filename: '区科协深化改革实施方案（盖章版）.pdf', data: pdf }], { kind: '正式文件盖章版', description: '2022 年印发', refersTo: '2022-04-13' });
    expect(result.status).toBe(201);
    const [file] = result.json.files;
    expect(file).toMatchObject({ sha256: sha256(pdf), size: pdf.length, mediaType: 'application/pdf', name: '区科协深化改革实施方案（盖章版）.pdf', newContent: true });
    expect(file.evidenceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(statSync(join(dir, 'objects', file.sha256.slice(0, 2), file.sha256.slice(2, 4), file.sha256)).size).toBe(pdf.length);

    const listed = await (await t.as('kexie'))(TASK_EVIDENCE, { taskId });
    expect(listed.errors).toBeUndefined();
    const evidence = listed.data!.taskEvidence.find((e: any) => e.id === file.evidenceId);
    expect(evidence).toMatchObject({
      task: { id: taskId },
      requirementCode: codes[0],
      currentVersion: 1,
      deletedAt: null,
      current: {
        number: 1,
        kind: 'SEALED_DOCUMENT',
        kindLabel: '正式文件盖章版',
        description: '2022 年印发',
        refersTo: '2022-04-13',
        file: { sha256: sha256(pdf), size: pdf.length, mediaType: 'application/pdf', originalName: '区科协深化改革实施方案（盖章版）.pdf' },
      },
    });
    expect(evidence.current.file.uploadedBy).toBeTruthy();

    const download = await httpGet(`${t.api.url}${evidence.current.downloadUrl}`, { token: kexieToken });
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(sha256(pdf));
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(pdf.length));
    expect(download.headers['accept-ranges']).toBe('bytes');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = download.headers['content-disposition'] as string;
    // Chinese names travel in filename* (RFC 5987), with an ASCII fallback for old clients.
    expect(disposition).toMatch(/^attachment; filename="?[\x20-\x7e]+"?; filename\*=UTF-8''/);
    expect(downloadName(disposition)).toBe('区科协深化改革实施方案（盖章版）.pdf');

    const preview = await httpGet(`${t.api.url}${evidence.current.previewUrl}`, { token: kexieToken });
    expect(preview.status).toBe(200);
    expect(preview.headers['content-disposition']).toMatch(/^inline; /);

    const [event] = await query('select action, actor_username, task_id, details from evidence_event where evidence_id = ?', [file.evidenceId]);
    expect(event).toMatchObject({ action: 'upload', actor_username: 'kexie', task_id: taskId, details: expect.objectContaining({ sha256: sha256(pdf), size: pdf.length }) });
  });

  it('serves byte ranges of large files (206, suffix ranges, 416 past the end, HEAD)', async () => {
    const png = fixtures.png(200_000);
    const { json } = await upload([{ filename: 'photo.png', data: png }], { kind: 'PHOTO' });
    const url = `${t.api.url}/api/evidence/${json.files[0].evidenceId}/preview`;
    const part = await httpGet(url, { token: kexieToken, headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${png.length}`);
    expect(part.body.equals(png.subarray(1000, 2000))).toBe(true);
    const tail = await httpGet(url, { token: kexieToken, headers: { range: 'bytes=-500' } });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(png.subarray(png.length - 500))).toBe(true);
    const open = await httpGet(url, { token: kexieToken, headers: { range: `bytes=${png.length - 10}-` } });
    expect(open.body.equals(png.subarray(png.length - 10))).toBe(true);
    const beyond = await httpGet(url, { token: kexieToken, headers: { range: `bytes=${png.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${png.length}`);
    const head = await httpGet(url, { token: kexieToken, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(png.length));
    expect(head.headers['content-type']).toBe('image/png');
    expect(head.headers['content-disposition']).toMatch(/^inline; /);
    const cached = await httpGet(url, { token: kexieToken, headers: { 'if-none-match': head.headers['etag'] as string } });
    expect(cached.status).toBe(304);
  });

  it('stores identical content once, however many times it is uploaded', async () => {
    const pdf = fixtures.pdf(50_000);
    const before = await counts();
    const first = await upload([{ filename: 'a.pdf', data: pdf }]);
    const second = await upload([
      { filename: 'b.pdf', data: pdf },
      { filename: 'c.pdf', data: pdf },
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.json.files[0].newContent).toBe(true);
    expect(second.json.files.map((f: any) => f.newContent)).toEqual([false, false]);
    const after = await counts();
    expect(after).toMatchObject({ files: before.files + 3, evidence: before.evidence + 3, objects: before.objects + 1, temp: 0 });
    const paths = storedObjects().filter((path) => path.endsWith(sha256(pdf)));
    expect(paths).toHaveLength(1);
  });

  it('records all of 50 concurrent uploads to one task', async () => {
    const before = await counts();
    const files = Array.from({ length: 50 }, (_, i) => ({ filename: `截图-${i}.png`, data: fixtures.png(20_000 + i) }));
    const results = await Promise.all(files.map((file) => upload([file], { kind: 'SCREENSHOT' })));
    expect(results.map((r) => r.status)).toEqual(files.map(() => 201));
    const after = await counts();
    expect(after).toMatchObject({ files: before.files + 50, evidence: before.evidence + 50, versions: before.versions + 50, objects: before.objects + 50, temp: 0 });
    const recorded = await query('select f.sha256 from evidence_file f join evidence_version v on v.file_id = f.id join evidence e on e.id = v.evidence_id where e.task_id = ?', [taskId]);
    const hashes = new Set(recorded.map((row) => row.sha256));
    expect(files.every((file) => hashes.has(sha256(file.data)))).toBe(true);
  });

  it('accepts several files in one request, each typed by its content', async () => {
    const files = [
      { filename: 'scan.jpg', data: fixtures.jpeg() },
      { filename: 'photo.webp', data: fixtures.webp() },
      { filename: 'IMG_0001.HEIC', data: fixtures.heic() },
      { filename: '活动视频.mp4', data: fixtures.mp4() },
      { filename: '总结.docx', data: officeFixtures.docx() },
      { filename: '统计.xlsx', data: officeFixtures.xlsx() },
      { filename: '公文.ofd', data: officeFixtures.ofd() },
    ];
    const result = await upload(files, { kind: 'OTHER' });
    expect(result.status).toBe(201);
    expect(result.json.files.map((f: any) => f.mediaType)).toEqual([
      'image/jpeg',
      'image/webp',
      'image/heic',
      'video/mp4',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/ofd',
    ]);
  });

  describe('refuses bad uploads with a clear error and leaves nothing half-stored', () => {
    const refused = async (files: UploadFile[], status: number, reason: string, fields: Record<string, string> = {}, options = {}) => {
      const before = await counts();
      const result = await upload(files, fields, options);
      expectRefusal(result, status, 'VALIDATION');
      expect(result.json.errors[0].extensions.details.reason).toBe(reason);
      expect(await settle(before)).toEqual({ ...before, temp: 0 });
      return result;
    };

    it('an over-size file, from the parser’s limit, with the limit in the message', async () => {
      const result = await refused([{ filename: '大文件.pdf', data: fixtures.pdf(MAX + 1) }], 413, 'too-large');
      expect(result.json.errors[0].message).toContain('超过大小上限 1 MB');
      expect(result.json.errors[0].extensions.details.maxBytes).toBe(MAX);
    });

    it('an over-size file after good ones in the same request: none of them is kept', async () => {
      await refused(
        [
          { filename: 'ok.pdf', data: fixtures.pdf(1000) },
          { filename: 'too-big.pdf', data: fixtures.pdf(3 * MAX) },
        ],
        413,
        'too-large',
      );
    });

    it('accepts a file of exactly the maximum size', async () => {
      expect((await upload([{ filename: 'exact.pdf', data: fixtures.pdf(MAX) }])).status).toBe(201);
    });

    it('a request that declares more bytes than could ever be accepted, before reading it', async () => {
      const before = await counts();
      // 10 bytes of the declared 63 MB are sent and the request left open: the answer must come
      // from the header alone (fetch cannot send a body shorter than its content-length).
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(`${t.api.url}/api/evidence/upload`, {
          method: 'POST',
          headers: { authorization: `Bearer ${kexieToken}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(61 * MAX + 2 * 1024 * 1024) },
        });
        request.on('response', (res) => {
          let body = '';
          res
            .setEncoding('utf8')
            .on('data', (chunk: string) => (body += chunk))
            .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        request.on('error', reject);
        request.setTimeout(10_000, () => request.destroy(new Error('no answer to the declared length alone within 10 s')));
        request.write(Buffer.alloc(10));
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('VALIDATION');
      expect(await settle(before)).toEqual(before);
    });

    it('an empty file', async () => {
      const result = await refused([{ filename: 'empty.pdf', data: Buffer.alloc(0) }], 400, 'empty');
      expect(result.json.errors[0].message).toContain('空文件');
    });

    it('skips a browser form’s empty file input, and refuses a request with no file at all', async () => {
      const result = await upload([
        { filename: '', data: Buffer.alloc(0) },
        { filename: 'real.pdf', data: fixtures.pdf() },
      ]);
      expect(result.status).toBe(201);
      expect(result.json.files.map((f: any) => f.name)).toEqual(['real.pdf']);
      const nothing = await refused([{ filename: '', data: Buffer.alloc(0) }], 400, 'no-file');
      expect(nothing.json.errors[0].message).toContain('没有收到文件');
    });

    it('an executable renamed .pdf, and other content outside the allowlist', async () => {
      const exe = await refused([{ filename: '盖章文件.pdf', data: fixtures.exe() }], 400, 'type-not-allowed');
      expect(exe.json.errors[0].message).toContain('可执行程序');
      expect(exe.json.errors[0].message).toContain('PDF');
      await refused([{ filename: 'report.pdf', data: fixtures.elf() }], 400, 'type-not-allowed');
      await refused([{ filename: 'page.png', data: fixtures.html() }], 400, 'type-not-allowed');
      await refused([{ filename: 'anim.gif', data: fixtures.gif() }], 400, 'type-not-allowed');
      await refused([{ filename: 'video.mp4', data: fixtures.mov() }], 400, 'type-not-allowed');
      const archive = await refused([{ filename: '材料.docx', data: officeFixtures.plainZip() }], 400, 'type-not-allowed');
      expect(archive.json.errors[0].message).toContain('ZIP');
    });

    it('an aborted stream: no row, no stored file, no temp file', async () => {
      const before = await counts();
      const result = await upload([{ filename: 'cut.pdf', data: fixtures.pdf(900_000) }], {}, { abortAfterBytes: 500_000 });
      expect(result.aborted).toBe(true);
      expect(await settle(before)).toEqual(before);
    });

    it('fields that do not make sense', async () => {
      await refused([{ filename: 'a.pdf', data: fixtures.pdf() }], 400, 'type-not-allowed', {}, {}).catch(() => undefined);
      const bad = async (fields: Record<string, string>, field: string, options = {}) => {
        const before = await counts();
        const result = await upload([{ filename: 'a.pdf', data: fixtures.pdf() }], fields, options);
        expectRefusal(result, 400, 'VALIDATION');
        expect(result.json.errors[0].extensions.details.field).toBe(field);
        expect(await settle(before)).toEqual(before);
      };
      await bad({ requirementCode: '9-9' }, 'requirementCode');
      await bad({ kind: '发票' }, 'kind');
      await bad({ refersTo: '2022-02-30' }, 'refersTo');
      await bad({ taskId: '' }, 'taskId');
      await bad({}, 'taskId', { fieldsLast: true });
      const malformed = await upload([{ filename: 'a.pdf', data: fixtures.pdf() }], { taskId: 'not-a-uuid' });
      expectRefusal(malformed, 400, 'VALIDATION');
      const none = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: codes[0] }, [], { token: kexieToken });
      expectRefusal(none, 400, 'VALIDATION');
      const notMultipart = await fetch(`${t.api.url}/api/evidence/upload`, { method: 'POST', headers: { authorization: `Bearer ${kexieToken}`, 'content-type': 'application/json' }, body: '{}' });
      expect(notMultipart.status).toBe(400);
      expect(((await notMultipart.json()) as any).errors[0].extensions.code).toBe('VALIDATION');
    });
  });

  it('keeps the original name for display and stores and serves a safe one (../, control and bidi characters, odd Unicode)', async () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', 'passwd.pdf'],
      ['..\\..\\Windows\\system32\\config.pdf', 'config.pdf'],
      ['invoice\u202Efdp.exe', 'invoicefdp.exe.pdf'],
      ['a\u0000b\u0007c\r\n\u001b[31m.pdf', 'abc[31m.pdf'],
      ['CON.pdf', '_CON.pdf'],
      ['Cafe\u0301 🎉 报告.pdf', 'Caf\u00e9 🎉 报告.pdf'],
      ['....', '未命名文件.pdf'],
      [`${'很长的文件名'.repeat(40)}.pdf`, `${'很长的文件名'.repeat(40)}.pdf`.slice(0, 0)],
    ];
    for (const [original, expected] of cases) {
      const pdf = fixtures.pdf(1000);
      // As filename*: percent-encoded, so control characters reach the server (filename="…" cannot carry them).
      const result = await upload([{ filename: original, data: pdf, encodedName: true }]);
      if (result.status !== 201) throw new Error(`${JSON.stringify(original)} → ${result.status} ${JSON.stringify(result.json)}`);
      const file = result.json.files[0];
      // eslint-disable-next-line no-control-regex
      expect(file.name).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
      expect(file.name).not.toContain('..');
      expect(Buffer.byteLength(file.name)).toBeLessThanOrEqual(200);
      const download = await httpGet(`${t.api.url}/api/evidence/${file.evidenceId}/download`, { token: kexieToken });
      const served = downloadName(download.headers['content-disposition'] as string)!;
      if (expected) expect(served).toBe(expected);
      else expect(served.endsWith('.pdf')).toBe(true);
      expect(sha256(download.body)).toBe(sha256(pdf));
      const [row] = await query('select original_name from evidence_file where id = ?', [file.fileId]);
      expect(row.original_name).not.toContain('\u0000');
    }
    // Raw control characters cannot be in a part header at all: refused as malformed, cleanly.
    expectRefusal(await upload([{ filename: 'a\u0000b\u0007.pdf', data: fixtures.pdf() }]), 400, 'VALIDATION');
    // Plain filename="…" with a path, as a careless client would send it.
    const plain = await upload([{ filename: 'C:\\Users\\科协\\Desktop\\通知.pdf', data: fixtures.pdf() }]);
    expect(plain.json.files[0]).toMatchObject({ name: '通知.pdf', originalName: 'C:\\Users\\科协\\Desktop\\通知.pdf' });
    const [row] = await query(`select original_name, name from evidence_file where original_name like '%passwd'`);
    expect(row).toEqual({ original_name: '../../etc/passwd', name: 'passwd' });
    expect(filesUnder(dir).every((path) => path.startsWith(join(dir, 'objects')) || path.startsWith(join(dir, 'tmp')))).toBe(true);
  });

  it('replaces by adding a version, keeps every earlier one downloadable, and audits it', async () => {
    const first = fixtures.pdf(5000);
    const second = fixtures.pdf(6000);
    const kexie = await t.as('kexie');
    const created = await upload([{ filename: '方案 v1.pdf', data: first }], { kind: 'SEALED_DOCUMENT', description: '初稿', refersTo: '2022-03-01' });
    const evidenceId = created.json.files[0].evidenceId;
    const fileOnly = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId }, [{ filename: '方案 v2.pdf', data: second }], { token: kexieToken });
    expect(fileOnly.status).toBe(201);
    expect(fileOnly.json.files[0].evidenceId).toBeNull();
    const replaced = await kexie(
      `mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { id currentVersion revision current { number description refersTo kind file { sha256 } } versions { number file { sha256 } downloadUrl } } }`,
      { input: { evidenceId, fileId: fileOnly.json.files[0].fileId, refersTo: '2022-04-13', expectedRevision: 1 } },
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.replaceEvidence).toMatchObject({
      id: evidenceId,
      currentVersion: 2,
      current: { number: 2, description: '初稿', refersTo: '2022-04-13', kind: 'SEALED_DOCUMENT', file: { sha256: sha256(second) } },
      versions: [
        { number: 2, file: { sha256: sha256(second) } },
        { number: 1, file: { sha256: sha256(first) } },
      ],
    });
    const old = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download?version=1`, { token: kexieToken });
    expect(sha256(old.body)).toBe(sha256(first));
    const current = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: kexieToken });
    expect(sha256(current.body)).toBe(sha256(second));
    const noSuchVersion = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download?version=3`, { token: kexieToken });
    expectRefusal(noSuchVersion, 404, 'NOT_FOUND');
    expect(noSuchVersion.json.errors[0].extensions.details).toMatchObject({ reason: 'version-not-found', id: evidenceId });
    const badVersion = await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download?version=x`, { token: kexieToken });
    expectRefusal(badVersion, 400, 'VALIDATION');
    expect(badVersion.json.errors[0].extensions.details).toMatchObject({ reason: 'bad-version', version: 'x' });

    // The same upload cannot become a version twice; a stale revision is a conflict.
    const again = await kexie('mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { id } }', { input: { evidenceId, fileId: fileOnly.json.files[0].fileId } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'file-in-use' } });
    const stale = await kexie('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId, expectedRevision: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale-revision', expectedRevision: 1 } });
    // A file uploaded for another task cannot be used here.
    const elsewhere = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: otherTaskId }, [{ filename: 'x.pdf', data: fixtures.pdf() }], { token: kexieToken });
    const foreign = await kexie('mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { id } }', { input: { evidenceId, fileId: elsewhere.json.files[0].fileId } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'file-not-found' } });

    const events = await query('select action, details from evidence_event where evidence_id = ? order by at', [evidenceId]);
    expect(events.map((e) => e.action)).toEqual(['upload', 'replace']);
    expect(events[1].details).toMatchObject({ fromVersion: 1, toVersion: 2, sha256: sha256(second) });
  });

  it('deletes softly; only an office admin restores; every step is audited in an append-only log', async () => {
    const kexie = await t.as('kexie');
    const { json } = await upload([{ filename: '待删除.pdf', data: fixtures.pdf() }]);
    const evidenceId = json.files[0].evidenceId;
    const deleted = await kexie('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id deletedAt deletedBy } }', { input: { evidenceId, reason: '传错了' } });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteEvidence.deletedAt).toBeTruthy();
    const live = await kexie(TASK_EVIDENCE, { taskId });
    expect(live.data!.taskEvidence.some((e: any) => e.id === evidenceId)).toBe(false);
    const all = await kexie(TASK_EVIDENCE, { taskId, includeDeleted: true });
    expect(all.data!.taskEvidence.find((e: any) => e.id === evidenceId).deletedAt).toBeTruthy();
    expect((await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: kexieToken })).status).toBe(200);

    const byLiaison = await kexie('mutation($input: RestoreEvidenceInput!) { restoreEvidence(input: $input) { id } }', { input: { evidenceId } });
    expect(byLiaison.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const restored = await t.gql('mutation($input: RestoreEvidenceInput!) { restoreEvidence(input: $input) { id deletedAt } }', { input: { evidenceId } });
    expect(restored.data!.restoreEvidence).toEqual({ id: evidenceId, deletedAt: null });
    const twice = await t.gql('mutation($input: RestoreEvidenceInput!) { restoreEvidence(input: $input) { id } }', { input: { evidenceId } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', details: { reason: 'not-deleted' } });

    const events = await query('select action, actor_username, details from evidence_event where evidence_id = ? order by at', [evidenceId]);
    expect(events.map((e) => `${e.action}:${e.actor_username}`)).toEqual(['upload:kexie', 'delete:kexie', 'restore:office']);
    expect(events[1].details.reason).toBe('传错了');
    await expect(query('update evidence_event set action = ? where evidence_id = ?', ['upload', evidenceId])).rejects.toThrow(/append-only/);
    await expect(query('delete from evidence_event where evidence_id = ?', [evidenceId])).rejects.toThrow(/append-only/);
  });

  it('refuses every change once the task is submitted or approved, and allows it again after a return', async () => {
    const kexie = await t.as('kexie');
    const { json } = await upload([{ filename: '已有材料.pdf', data: fixtures.pdf() }]);
    const evidenceId = json.files[0].evidenceId;
    try {
      for (const state of ['approved', 'submitted']) {
        await query('update task set state = ? where id = ?', [state, taskId]);
        const before = await counts();
        const refused = await upload([{ filename: 'late.pdf', data: fixtures.pdf(200_000) }]);
        expectRefusal(refused, 409, 'TRANSITION_NOT_ALLOWED');
        expect(refused.json.errors[0].message).toContain(state === 'approved' ? '流程已结束' : '撤回');
        expect(await settle(before)).toEqual(before);
        const deletion = await kexie('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId } });
        expect(deletion.errors?.[0].extensions?.code).toBe('TRANSITION_NOT_ALLOWED');
        // Reading stays possible.
        expect((await kexie(TASK_EVIDENCE, { taskId })).data!.taskEvidence.length).toBeGreaterThan(0);
      }
      await query("update task set state = 'returned' where id = ?", [taskId]);
      expect((await upload([{ filename: '整改后.pdf', data: fixtures.pdf() }])).status).toBe(201);
    } finally {
      await query("update task set state = 'pending' where id = ?", [taskId]);
    }
  });

  it('keeps departments apart: another liaison can neither upload to nor read this task’s evidence', async () => {
    const { json } = await upload([{ filename: '本部门材料.pdf', data: fixtures.pdf() }]);
    const evidenceId = json.files[0].evidenceId;
    const street = await t.as('xiaolongkan');
    const before = await counts();
    const foreignUpload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: codes[0] }, [{ filename: 'x.pdf', data: fixtures.pdf(100_000) }], {
      token: street.token,
    });
    expectRefusal(foreignUpload, 403, 'FORBIDDEN');
    expect(await settle(before)).toEqual(before);
    const list = await street(TASK_EVIDENCE, { taskId });
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: street.token }), 403, 'FORBIDDEN');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/${evidenceId}/preview`, { token: street.token }), 403, 'FORBIDDEN');
    const deletion = await street('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId } });
    expect(deletion.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Supervisors and experts read but never change; the platform admin has no access; nobody anonymous.
    const supervisor = await t.as('supervisor');
    expect((await supervisor(TASK_EVIDENCE, { taskId })).errors).toBeUndefined();
    expect((await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: supervisor.token })).status).toBe(200);
    expectRefusal(await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId }, [{ filename: 'x.pdf', data: fixtures.pdf() }], { token: supervisor.token }), 403, 'FORBIDDEN');
    const expert = await t.as('expert');
    expect((await expert('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sysadmin = await t.as('sysadmin');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`, { token: sysadmin.token }), 403, 'FORBIDDEN');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/${evidenceId}/download`), 401, 'UNAUTHENTICATED');
    expectRefusal(await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId }, [{ filename: 'x.pdf', data: fixtures.pdf() }]), 401, 'UNAUTHENTICATED');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/00000000-0000-4000-8000-000000000000/download`, { token: kexieToken }), 404, 'NOT_FOUND');
    expectRefusal(await httpGet(`${t.api.url}/api/evidence/nope/download`, { token: kexieToken }), 400, 'VALIDATION');
  });

  it('shows the office every department’s evidence for one requirement, paginated; a liaison only their own', async () => {
    const { data } = await t.gql('{ campaigns { id } }');
    const campaignId = data!.campaigns[0].id;
    const street = await t.as('xiaolongkan');
    const streetTasks = await street('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "3", first: 1) { edges { node { id } } } }', { id: campaignId });
    const streetTask = streetTasks.data!.tasks.edges[0].node.id;
    const kexieTasks = await (await t.as('kexie'))('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "3", first: 1) { edges { node { id } } } }', { id: campaignId });
    for (const [token, task] of [
      [street.token, streetTask],
      [kexieToken, kexieTasks.data!.tasks.edges[0].node.id],
    ]) {
      for (let i = 0; i < 3; i++) {
        const result = await uploadMultipart(
          `${t.api.url}/api/evidence/upload`,
          { taskId: task, requirementCode: '3-2', kind: 'NEWS_ARTICLE' },
          [{ filename: `新闻稿${i}.pdf`, data: fixtures.pdf() }],
          { token },
        );
        expect(result.status).toBe(201);
      }
    }
    const PAGE =
      'query($c: ID!, $after: String) { evidenceByRequirement(campaignId: $c, requirementCode: "3-2", first: 4, after: $after) { totalCount edges { node { id taskId current { kindLabel } } } pageInfo { hasNextPage endCursor } } }';
    const first = await t.gql(PAGE, { c: campaignId });
    expect(first.errors).toBeUndefined();
    expect(first.data!.evidenceByRequirement.totalCount).toBe(6);
    expect(first.data!.evidenceByRequirement.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(PAGE, { c: campaignId, after: first.data!.evidenceByRequirement.pageInfo.endCursor });
    const ids = [...first.data!.evidenceByRequirement.edges, ...second.data!.evidenceByRequirement.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(6);
    expect(second.data!.evidenceByRequirement.pageInfo.hasNextPage).toBe(false);
    const own = await street(PAGE, { c: campaignId });
    expect(own.data!.evidenceByRequirement.totalCount).toBe(3);
    expect(own.data!.evidenceByRequirement.edges.every((e: any) => e.node.taskId === streetTask)).toBe(true);
    const forged = await t.gql(PAGE, { c: campaignId, after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  /** An event stream never ends: its status and, when refused, its error body; then hang up. */
  async function openEventStream(url: string, token: string | undefined): Promise<{ status: number; json: any }> {
    const controller = new AbortController();
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: controller.signal });
    const json = response.status === 200 ? null : await response.json();
    controller.abort();
    return { status: response.status, json };
  }

  it('has an access rule for every HTTP route the API serves, and each route refuses exactly the roles its rule refuses', async () => {
    const express = t.api.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const routes = express.router.stack
      // Middleware (authentication, CSRF, request context) is mounted for every method; routes name theirs.
      .filter((layer) => layer.route && layer.route.path !== '/graphql' && Object.keys(layer.route.methods).length <= 3)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((m) => m !== '_all' && m !== 'head')
          .map((method) => `HTTP ${method.toUpperCase()} ${layer.route!.path}`),
      );
    expect(routes.sort()).toEqual(Object.keys(HTTP_ACCESS_POLICY).sort());

    const { json } = await upload([{ filename: 'matrix.pdf', data: fixtures.pdf() }]);
    const evidenceId = json.files[0].evidenceId;
    const callers: [string | null, string | null][] = [
      [null, null],
      ['office', 'office_admin'],
      ['kexie', 'liaison'],
      ['supervisor', 'supervisor'],
      ['expert', 'expert'],
      ['sysadmin', 'system_admin'],
    ];
    const tokens = new Map<string, string>();
    for (const [username] of callers) if (username) tokens.set(username, (await t.as(username)).token);
    for (const key of Object.keys(HTTP_ACCESS_POLICY)) {
      const rule = HTTP_ACCESS_POLICY[key] as { roles?: string[]; public?: true; authenticated?: true };
      const [, method, path] = key.split(' ');
      for (const [username, role] of callers) {
        const token = username ? tokens.get(username) : undefined;
        const url = `${t.api.url}${path.replace(':evidenceId', evidenceId)}`;
        const result =
          method === 'POST'
            ? await uploadMultipart(url, { taskId }, [{ filename: 'p.pdf', data: fixtures.pdf() }], { token })
            : path === '/api/live'
              ? await openEventStream(url, token)
              : // A DELETE route sent as GET would be judged by the GET rule of the same path.
                await httpGet(url, { token, method: method === 'DELETE' ? 'DELETE' : 'GET' });
        const refusal = result.json?.errors?.[0]?.extensions?.details?.refusedBy === 'access-policy' ? result.json.errors[0].extensions.code : 'allowed';
        const expected = rule.public ? 'allowed' : role === null ? 'UNAUTHENTICATED' : !rule.roles || rule.roles.includes(role) ? 'allowed' : 'FORBIDDEN';
        expect(`${key} as ${role}: ${refusal}`).toBe(`${key} as ${role}: ${expected}`);
      }
    }
  });

  it('tells the task workflow which requirement codes each task has live evidence for', async () => {
    const queries = t.api.app.get(EvidenceQueries);
    const orm = t.api.app.get(MikroORM);
    const empty = '00000000-0000-4000-8000-000000000000';
    expect((await upload([{ filename: 'y.pdf', data: fixtures.pdf() }])).status).toBe(201);
    const before = await RequestContext.create(orm.em, () => queries.requirementCodesWithEvidence([taskId, otherTaskId, empty]));
    expect(before.get(otherTaskId)).toEqual([]);
    expect(before.get(empty)).toEqual([]);
    expect(before.get(taskId)).toEqual(expect.arrayContaining([codes[0]]));
    const { json } = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: otherTaskId, requirementCode: codes[1] }, [{ filename: 'x.pdf', data: fixtures.pdf() }], {
      token: kexieToken,
    });
    const after = await RequestContext.create(orm.em, () => queries.requirementCodesWithEvidence([otherTaskId]));
    expect(after.get(otherTaskId)).toEqual([codes[1]]);
    await (
      await t.as('kexie')
    )('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId: json.files[0].evidenceId } });
    const deleted = await RequestContext.create(orm.em, () => queries.requirementCodesWithEvidence([otherTaskId]));
    expect(deleted.get(otherTaskId)).toEqual([]);
  });

  it('refuses a browser upload without the upload header, and a cross-site one', async () => {
    const login = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { username } } }', variables: { input: { username: 'kexie', password: 'Test@2026demo' } } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const files = [{ filename: 'a.pdf', data: fixtures.pdf() }];
    const fields = { taskId, requirementCode: codes[0] };
    const url = `${t.api.url}/api/evidence/upload`;
    expectRefusal(await uploadMultipart(url, fields, files, { headers: { cookie } }), 403, 'FORBIDDEN');
    expectRefusal(await uploadMultipart(url, fields, files, { headers: { cookie, 'x-accredit-upload': '1', origin: 'https://evil.example' } }), 403, 'FORBIDDEN');
    const own = await uploadMultipart(url, fields, files, { headers: { cookie, 'x-accredit-upload': '1', origin: t.api.url } });
    expect(own.status).toBe(201);
  });
});
