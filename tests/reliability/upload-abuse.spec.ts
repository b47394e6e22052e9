import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type TestApi, startTestApi } from '../support/test-api';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { type HttpResult, type UploadFile, httpGet, uploadMultipart } from '../support/multipart-client';
import { downloadName } from '../support/download-name';

/**
 * Upload abuse that tests/api/evidence.spec.ts does not already cover (docs/reliability.md lists
 * which test proves each case): too many files, aborts at every stage of a request (in the fields,
 * between files, many at once), a body without its closing boundary, a bad file after a good one,
 * and names no browser sends (invalid UTF-8, broken percent-encoding, only invisible characters,
 * reserved characters, 1,000 characters). Each is refused or stored under a safe name; nothing is
 * half-stored: no row, no stored object, no temp file.
 */
const MAX = 1024 * 1024;
const MAX_FILES = 5;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** A multipart request written byte for byte (what no well-behaved client would send). */
function rawUpload(url: string, token: string, body: Buffer, boundary: string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks);
        let json: unknown = null;
        try {
          json = JSON.parse(text.toString('utf8'));
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('upload abuse beyond the evidence suite: refused or stored safely, nothing half-stored', () => {
  let t: TestApi;
  let dir: string;
  let db: Client;
  let token: string;
  let taskId: string;
  const url = () => `${t.api.url}/api/evidence/upload`;
  const upload = (files: UploadFile[], options: Parameters<typeof uploadMultipart>[3] = {}) => uploadMultipart(url(), { taskId, requirementCode: '1-1' }, files, { token, ...options });

  const counts = async () => {
    const { rows } = await db.query(
      'select (select count(*) from evidence_file)::int as files, (select count(*) from evidence)::int as evidence, (select count(*) from evidence_event)::int as events',
    );
    return { ...rows[0], objects: filesUnder(join(dir, 'objects')).length, temp: readdirSync(join(dir, 'tmp')).length };
  };
  /**
   * The state to compare with, taken once no upload is still being received: a cut request of the
   * previous test may still have its temporary file, which the server removes a moment later.
   */
  const quiet = async () => {
    let now = await counts();
    for (let i = 0; i < 50 && now.temp !== 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = await counts();
    }
    return now;
  };
  /** The state once the server has cleaned up after a refused or cut request. */
  const settled = async (expected: Awaited<ReturnType<typeof counts>>) => {
    let now = await counts();
    for (let i = 0; i < 50 && JSON.stringify(now) !== JSON.stringify(expected); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = await counts();
    }
    return now;
  };
  const expectRefused = (result: HttpResult, status: number, reason: string) => {
    expect({ status: result.status, code: result.json?.errors?.[0]?.extensions?.code, reason: result.json?.errors?.[0]?.extensions?.details?.reason }).toEqual({ status, code: 'VALIDATION', reason });
    expect(result.json.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.body.toString('utf8')).not.toMatch(/\bat [\w$.<>]+ \(|node_modules|stacktrace/);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-upload-abuse-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir, EVIDENCE_MAX_BYTES: String(MAX), EVIDENCE_MAX_FILES: String(MAX_FILES) } });
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    const kexie = await t.as('kexie');
    token = kexie.token;
    const campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    taskId = (await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id } } } }', { id: campaignId })).data!.tasks.edges[0].node.id;
    // One stored file, so that "nothing changed" is measured against a store in use.
    expect((await upload([{ filename: '已有材料.pdf', data: fixtures.pdf() }])).status).toBe(201);
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses more files than EVIDENCE_MAX_FILES in one request, keeping none of them', async () => {
    const before = await quiet();
    const files = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ filename: `第${i + 1}份.pdf`, data: fixtures.pdf(20_000) }));
    const result = await upload(files);
    expectRefused(result, 400, 'too-many-files');
    expect(result.json.errors[0].message).toContain(String(MAX_FILES));
    expect(await settled(before)).toEqual(before);
  });

  it('keeps none of a request whose second file is an executable renamed .pdf', async () => {
    const before = await quiet();
    expectRefused(
      await upload([
        { filename: '正常.pdf', data: fixtures.pdf(200_000) },
        { filename: '盖章.pdf', data: fixtures.exe(200_000) },
      ]),
      400,
      'type-not-allowed',
    );
    expect(await settled(before)).toEqual(before);
  });

  it('stores nothing of a request cut in its fields, or after its first file was complete', async () => {
    const before = await quiet();
    const inFields = await upload([{ filename: 'a.pdf', data: fixtures.pdf(300_000) }], { abortAfterBytes: 60 });
    expect(inFields.aborted).toBe(true);
    const betweenFiles = await upload(
      [
        { filename: 'first.pdf', data: fixtures.pdf(300_000) },
        { filename: 'second.pdf', data: fixtures.pdf(600_000) },
      ],
      { abortAfterBytes: 500_000 },
    );
    expect(betweenFiles.aborted).toBe(true);
    expect(await settled(before)).toEqual(before);
  });

  it('refuses a body that ends without its closing boundary', async () => {
    const before = await quiet();
    const boundary = 'abuse-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="taskId"\r\n\r\n${taskId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="requirementCode"\r\n\r\n1-1\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      fixtures.pdf(100_000),
    ]);
    expectRefused(await rawUpload(url(), token, body, boundary), 400, 'malformed');
    expect(await settled(before)).toEqual(before);
  });

  it('survives 10 uploads cut at random points and 10 over-size ones at once, then stores the next one', async () => {
    const before = await quiet();
    const cut = Array.from({ length: 10 }, (_, i) => upload([{ filename: `cut-${i}.pdf`, data: fixtures.pdf(800_000) }], { abortAfterBytes: 1000 + i * 80_000 }));
    const big = Array.from({ length: 10 }, (_, i) => upload([{ filename: `big-${i}.pdf`, data: fixtures.pdf(MAX + 1 + i * 100_000) }]));
    const results = await Promise.all([...cut, ...big]);
    expect(results.slice(0, 10).every((result) => result.aborted)).toBe(true);
    for (const result of results.slice(10)) expectRefused(result, 413, 'too-large');
    expect(await settled(before)).toEqual(before);
    expect((await upload([{ filename: '之后.pdf', data: fixtures.pdf() }])).status).toBe(201);
  });

  it('stores names no browser sends under a safe name, and serves them back with a valid Content-Disposition', async () => {
    const boundary = 'name-boundary';
    const part = (disposition: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="taskId"\r\n\r\n${taskId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="requirementCode"\r\n\r\n1-1\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; `),
        disposition,
        Buffer.from('\r\nContent-Type: application/pdf\r\n\r\n'),
        fixtures.pdf(2000),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const names: [string, Buffer][] = [
      ['invalid UTF-8 bytes', Buffer.concat([Buffer.from('filename="bad'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('.pdf"')])],
      ['broken percent-encoding', Buffer.from("filename*=UTF-8''%E4%B8%ZZ%.pdf")],
      ['an encoded lone surrogate', Buffer.from("filename*=UTF-8''%ED%A0%80.pdf")],
      ['only invisible characters', Buffer.from(`filename*=UTF-8''${encodeURIComponent('\u200b\u200e\u202e\ufeff')}`)],
      ['reserved characters', Buffer.from('filename="a<b>c:d|e?f*g%22h.pdf"')],
      ['1,000 characters', Buffer.from(`filename*=UTF-8''${encodeURIComponent(`${'长'.repeat(996)}.pdf`)}`)],
      ['a trailing-dot Windows device name', Buffer.from('filename="NUL.pdf.."')],
    ];
    const outcomes: string[] = [];
    for (const [what, header] of names) {
      const before = await quiet();
      const result = await rawUpload(url(), token, part(header), boundary);
      outcomes.push(`${what} → ${result.status === 201 ? JSON.stringify(result.json.files[0].name) : `${result.status} ${result.json?.errors?.[0]?.extensions?.details?.reason}`}`);
      if (result.status !== 201) {
        // Refusing is fine, as long as it is clean and leaves nothing behind.
        expect({ what, status: result.status, code: result.json?.errors?.[0]?.extensions?.code }).toEqual({ what, status: 400, code: 'VALIDATION' });
        expect(await settled(before)).toEqual(before);
        continue;
      }
      const file = result.json.files[0];
      // eslint-disable-next-line no-control-regex
      expect({ what, unsafe: /[/\\\u0000-\u001f\u200b-\u200f\u202a-\u202e\ufeff<>:"|?*]|\.\.|^\.|\.$/.test(file.name), bytes: Buffer.byteLength(file.name) <= 200 }).toEqual({
        what,
        unsafe: false,
        bytes: true,
      });
      const download = await httpGet(`${t.api.url}/api/evidence/${file.evidenceId}/download`, { token });
      expect({ what, status: download.status }).toEqual({ what, status: 200 });
      const disposition = String(download.headers['content-disposition']);
      // A header value of printable ASCII only (nothing that splits or breaks it), naming the file exactly.
      expect(disposition).toMatch(/^attachment; filename=("[\x20-\x7e]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+)(; filename\*=UTF-8''[A-Za-z0-9%!._~-]+)?$/);
      expect(downloadName(disposition)).toBe(file.name.endsWith('.pdf') ? file.name : `${file.name}.pdf`);
      expect(sha256(download.body)).toBe(file.sha256);
    }
    process.stdout.write(`odd names: ${outcomes.join('; ')}\n`);
  });
});
