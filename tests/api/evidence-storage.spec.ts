import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EvidenceStore, LocalEvidenceStore, StagingArea, StoredObjectMissingError, loadS3EvidenceStore } from '@accredit/evidence';
import { type FakeS3, startFakeS3 } from '../support/fake-s3';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { type TestApi, startTestApi } from '../support/test-api';
import { httpGet, uploadMultipart } from '../support/multipart-client';

// The S3 adapter is not loaded with the API's index (the AWS SDK is a fifth of a second of every start).
const { S3EvidenceStore, S3_PART_BYTES } = loadS3EvidenceStore();

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let fake: FakeS3;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'accredit-store-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  fake = await startFakeS3();
  fake.createBucket('evidence');
});

afterAll(async () => {
  await fake?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const adapters: [string, () => EvidenceStore][] = [
  ['local disk', () => new LocalEvidenceStore(tempDir())],
  [
    'S3 (fake server speaking the S3 protocol)',
    () =>
      new S3EvidenceStore({
        endpoint: fake.endpoint,
        region: fake.region,
        bucket: 'evidence',
        accessKeyId: fake.accessKeyId,
        secretAccessKey: fake.secretAccessKey,
        prefix: `run-${Math.random().toString(16).slice(2)}/`,
        forcePathStyle: true,
      }),
  ],
];

describe.each(adapters)('evidence store contract: %s', (_name, create) => {
  let store: EvidenceStore;
  let staging: StagingArea;

  /** A verified file in the staging area, as the upload receiver leaves it. */
  const staged = (data: Buffer) => {
    const path = staging.newPath();
    writeFileSync(path, data);
    return { path, sha256: sha256(data), size: data.length };
  };

  beforeAll(async () => {
    store = create();
    staging = new StagingArea(tempDir());
    await staging.init();
    await store.init();
  });

  it('stores content under its sha256, consumes the staged file, and reads it back whole and by range', async () => {
    const data = fixtures.pdf(100_000);
    const file = staged(data);
    expect(await store.put(file)).toEqual({ created: true });
    expect(existsSync(file.path)).toBe(false);
    expect(await store.stat(file.sha256)).toEqual({ sha256: file.sha256, size: data.length });
    expect((await readAll(await store.read(file.sha256))).equals(data)).toBe(true);
    expect((await readAll(await store.read(file.sha256, { start: 10, end: 19 }))).equals(data.subarray(10, 20))).toBe(true);
    expect((await readAll(await store.read(file.sha256, { start: data.length - 1, end: data.length - 1 }))).equals(data.subarray(-1))).toBe(true);
  });

  it('stores identical content once and drops the second copy', async () => {
    const data = fixtures.png(5000);
    expect(await store.put(staged(data))).toEqual({ created: true });
    const again = staged(data);
    expect(await store.put(again)).toEqual({ created: false });
    expect(existsSync(again.path)).toBe(false);
    const listed = [];
    for await (const object of store.list()) if (object.sha256 === sha256(data)) listed.push(object);
    expect(listed).toEqual([{ sha256: sha256(data), size: data.length }]);
  });

  it('lists everything stored and removes on request', async () => {
    const a = staged(fixtures.jpeg(300));
    const b = staged(fixtures.jpeg(400));
    await store.put(a);
    await store.put(b);
    const all = new Map<string, number>();
    for await (const object of store.list()) all.set(object.sha256, object.size);
    expect(all.get(a.sha256)).toBe(300);
    expect(all.get(b.sha256)).toBe(400);
    await store.remove(a.sha256);
    await store.remove(a.sha256); // absent: no error
    expect(await store.stat(a.sha256)).toBeNull();
    expect(await store.stat(b.sha256)).not.toBeNull();
  });

  it('says clearly when content is missing, and never takes a key that is not a sha256', async () => {
    const absent = sha256(Buffer.from('never stored'));
    expect(await store.stat(absent)).toBeNull();
    await expect(store.read(absent)).rejects.toBeInstanceOf(StoredObjectMissingError);
    await expect(store.stat('../../etc/passwd')).rejects.toThrow(/sha256/);
  });
});

describe('S3 adapter against the protocol', () => {
  const settings = () => ({
    endpoint: fake.endpoint,
    region: fake.region,
    bucket: 'evidence',
    accessKeyId: fake.accessKeyId,
    secretAccessKey: fake.secretAccessKey,
    prefix: 'p/',
    forcePathStyle: true,
  });

  it('has the server check the content hash: a file whose bytes do not match its sha256 is refused', async () => {
    const staging = new StagingArea(tempDir());
    await staging.init();
    const path = staging.newPath();
    writeFileSync(path, fixtures.pdf(1000));
    const store = new S3EvidenceStore(settings());
    await expect(store.put({ path, sha256: sha256(Buffer.from('other bytes')), size: 1000 })).rejects.toThrow(/BadDigest/);
    expect(existsSync(path)).toBe(true);
  });

  it('sends a file larger than one part as a multipart upload, and the bucket holds it whole', async () => {
    const staging = new StagingArea(tempDir());
    await staging.init();
    const path = staging.newPath();
    const data = fixtures.pdf(S3_PART_BYTES * 2 + 12_345);
    writeFileSync(path, data);
    const store = new S3EvidenceStore(settings());
    const before = fake.requests.length;
    expect(await store.put({ path, sha256: sha256(data), size: data.length })).toEqual({ created: true });
    const seen = fake.requests.slice(before);
    expect(seen.filter((line) => line.startsWith('POST') && line.includes('uploads'))).toHaveLength(1);
    expect(seen.filter((line) => line.startsWith('PUT') && line.includes('partNumber='))).toHaveLength(3);
    expect(fake.openUploads()).toBe(0);
    expect(fake.objects.get(`evidence/${store.keyOf(sha256(data))}`)?.equals(data)).toBe(true);
    expect(await store.stat(sha256(data))).toEqual({ sha256: sha256(data), size: data.length });
  });

  it('retries what a busy server refuses, an upload and a read alike', async () => {
    const staging = new StagingArea(tempDir());
    await staging.init();
    const path = staging.newPath();
    const data = fixtures.jpeg(7000);
    writeFileSync(path, data);
    const store = new S3EvidenceStore(settings());
    fake.failNext(2);
    expect(await store.put({ path, sha256: sha256(data), size: data.length })).toEqual({ created: true });
    fake.failNext(1);
    expect((await readAll(await store.read(sha256(data)))).equals(data)).toBe(true);
  });

  it('signs with a session token when the credentials are temporary', async () => {
    const sts = await startFakeS3({ sessionToken: 'session-token/123' });
    try {
      sts.createBucket('evidence');
      const base = { ...settings(), endpoint: sts.endpoint, region: sts.region, accessKeyId: sts.accessKeyId, secretAccessKey: sts.secretAccessKey };
      await expect(new S3EvidenceStore(base).init()).rejects.toThrow(/无权访问/);
      const store = new S3EvidenceStore({ ...base, sessionToken: 'session-token/123' });
      await store.init();
      const data = fixtures.png(3000);
      const staging = new StagingArea(tempDir());
      await staging.init();
      const path = staging.newPath();
      writeFileSync(path, data);
      expect(await store.put({ path, sha256: sha256(data), size: data.length })).toEqual({ created: true });
      expect((await readAll(await store.read(sha256(data)))).equals(data)).toBe(true);
    } finally {
      await sts.close();
    }
  });

  it('refuses to start with a missing bucket or wrong credentials, in Chinese', async () => {
    await expect(new S3EvidenceStore({ ...settings(), bucket: 'nope' }).init()).rejects.toThrow(/存储桶 nope 不存在/);
    await expect(new S3EvidenceStore({ ...settings(), secretAccessKey: 'wrong' }).init()).rejects.toThrow(/无权访问/);
    await expect(new S3EvidenceStore({ ...settings(), endpoint: 'http://127.0.0.1:9' }).init()).rejects.toThrow(/无法连接 S3/);
  });
});

describe('the API with EVIDENCE_STORAGE=s3', () => {
  let t: TestApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    fake.createBucket('district');
    t = await startTestApi({
      env: {
        EVIDENCE_DIR: dir,
        EVIDENCE_STORAGE: 's3',
        S3_ENDPOINT: fake.endpoint,
        S3_REGION: fake.region,
        S3_BUCKET: 'district',
        S3_ACCESS_KEY_ID: fake.accessKeyId,
        S3_SECRET_ACCESS_KEY: fake.secretAccessKey,
        S3_PREFIX: '500106',
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('uploads into the bucket and serves it back, ranges included; only temp files touch the local disk', async () => {
    const kexie = await t.as('kexie');
    const { data } = await t.gql('{ campaigns { id } }');
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id } } } }', { id: data!.campaigns[0].id });
    const taskId = tasks.data!.tasks.edges[0].node.id;
    const pdf = fixtures.pdf(250_000);
    const result = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: '1-1' }, [{ filename: '方案.pdf', data: pdf }], { token: kexie.token });
    expect(result.status).toBe(201);
    const hash = sha256(pdf);
    expect(fake.objects.get(`district/500106/objects/${hash.slice(0, 2)}/${hash}`)?.equals(pdf)).toBe(true);
    expect(existsSync(join(dir, 'objects'))).toBe(false);
    const url = `${t.api.url}/api/evidence/${result.json.files[0].evidenceId}/download`;
    expect(sha256((await httpGet(url, { token: kexie.token })).body)).toBe(hash);
    const part = await httpGet(url, { token: kexie.token, headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.body.equals(pdf.subarray(100, 200))).toBe(true);
  });
});
