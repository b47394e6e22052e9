import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/server';
import { AppError } from '@accredit/api-kit';
import { ResumableUploadStore, newUploadId } from './resumable-upload-store';

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A request body that trickles `data` in and then breaks (the phone lost its network). */
function breaking(data: Buffer, piece = 64 * 1024): Readable {
  let at = 0;
  return new Readable({
    read() {
      setTimeout(() => {
        if (at >= data.length) return this.destroy(new Error('socket hang up'));
        this.push(data.subarray(at, at + piece));
        at += piece;
      }, 2);
    },
  });
}

describe('ResumableUploadStore: partial uploads on disk', () => {
  let dir: string;
  let id: string;
  const file = Buffer.concat([PDF, randomBytes(3 * 1024 * 1024)]);
  const open = () => new ResumableUploadStore(dir, 3600_000);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-resumable-store-'));
    id = newUploadId();
    const store = open();
    await store.init();
    await store.create(new Upload({ id, size: file.length, offset: 0, metadata: { filename: '方案.pdf', ownerId: 'u-1' } }));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the partial file and its record readable by the owner only (0600)', () => {
    expect(readdirSync(dir).sort()).toEqual([id, `${id}.json`]);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
  });

  it('hashes along consecutive writes, so the complete file needs no second pass', async () => {
    const store = open();
    let offset = await store.write(Readable.from([file.subarray(0, 1000)]), id, 0);
    offset = await store.write(Readable.from([file.subarray(1000, 2_000_000)]), id, offset);
    offset = await store.write(Readable.from([file.subarray(2_000_000)]), id, offset);
    expect(offset).toBe(file.length);
    expect(store.takeDigest(id, file.length)).toBe(sha256(file));
  });

  it('resumes after a restart from what is on disk; the running hash is gone, so the file is hashed in one pass', async () => {
    const before = open();
    const offset = await before.write(Readable.from([file.subarray(0, 1_500_000)]), id, 0);
    // A new process: nothing in memory, only the files.
    const after = open();
    const upload = await after.getUpload(id);
    expect(upload).toMatchObject({ id, offset: 1_500_000, size: file.length, metadata: { filename: '方案.pdf', ownerId: 'u-1' } });
    expect(await after.write(Readable.from([file.subarray(offset)]), id, offset)).toBe(file.length);
    expect(after.takeDigest(id, file.length)).toBeNull();
    expect(sha256(readFileSync(join(dir, id)))).toBe(sha256(file));
  });

  it('keeps the bytes that reached the disk before a connection broke (at most those in flight are lost), and drops the running hash', async () => {
    const store = open();
    await expect(store.write(breaking(file.subarray(0, 1_000_000)), id, 0)).rejects.toBeDefined();
    const { offset } = await store.getUpload(id);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(1_000_000);
    expect(readFileSync(join(dir, id)).equals(file.subarray(0, offset))).toBe(true);
    expect(await store.write(Readable.from([file.subarray(offset)]), id, offset)).toBe(file.length);
    expect(store.takeDigest(id, file.length)).toBeNull();
    expect(readFileSync(join(dir, id)).equals(file)).toBe(true);
  });

  it('refuses a wrong type within the first bytes, also when they come in two writes, and removes the upload', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), randomBytes(100_000)]);
    const store = open();
    expect(await store.write(Readable.from([exe.subarray(0, 10)]), id, 0)).toBe(10);
    const refusal = await store.write(Readable.from([exe.subarray(10)]), id, 10).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).details).toMatchObject({ reason: 'type-not-allowed', detected: 'Windows 可执行程序', file: '方案.pdf' });
    expect(readdirSync(dir)).toEqual([]);
    expect(await store.info(id)).toBeNull();
  });

  it('answers a finished upload as complete, even once its file has moved to the evidence store, and takes no more bytes', async () => {
    const store = open();
    await store.write(Readable.from([file]), id, 0);
    await store.saveFinishState(id, { phase: 'storing', file: { sha256: sha256(file), size: file.length, mediaType: 'application/pdf', originalName: '方案.pdf', name: '方案.pdf' } });
    rmSync(join(dir, id)); // taken into the evidence store
    expect((await store.getUpload(id)).offset).toBe(file.length);
    expect(await store.finishState(id)).toMatchObject({ phase: 'storing', file: { size: file.length } });
    const refusal = await store.write(Readable.from([Buffer.alloc(1)]), id, file.length).catch((error: unknown) => error);
    expect((refusal as AppError).details).toMatchObject({ reason: 'finished' });
    await store.discard(id);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes only its own ids: nothing outside the folder can be named', async () => {
    const store = open();
    await expect(store.getUpload('../../etc/passwd')).rejects.toMatchObject({ status_code: 404 });
    expect(await store.info('../x')).toBeNull();
    expect([...(await store.uploads()).keys()]).toEqual([id]);
  });
});
