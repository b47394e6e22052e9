import { chmod, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type ByteRange, type EvidenceStore, type StoredObject, StoredObjectMissingError, type VerifiedFile, assertSha256 } from './evidence-store';

async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Evidence on local disk: `<root>/objects/ab/cd/<sha256>`, read-only once stored. A staged
 * file (on the same file system) is renamed into place, so a stored file is always complete.
 */
export class LocalEvidenceStore implements EvidenceStore {
  private readonly objects: string;

  constructor(root: string) {
    this.objects = join(root, 'objects');
  }

  get description(): string {
    return `本地磁盘 ${this.objects}`;
  }

  pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.objects, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async init(): Promise<void> {
    await mkdir(this.objects, { recursive: true });
  }

  async put(file: VerifiedFile): Promise<{ created: boolean }> {
    const target = this.pathOf(file.sha256);
    const existing = await stat(target).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
    if (existing && existing.size === file.size) {
      await unlink(file.path);
      return { created: false };
    }
    // Absent (or damaged: a wrong size): the verified copy takes its place atomically.
    await mkdir(dirname(target), { recursive: true });
    await chmod(file.path, 0o440);
    await rename(file.path, target);
    await fsyncDirectory(dirname(target));
    return { created: true };
  }

  async stat(sha256: string): Promise<StoredObject | null> {
    const info = await stat(this.pathOf(sha256)).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
    return info ? { sha256, size: info.size } : null;
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(sha256);
    // Opened before returning, so a missing file is an error here and not mid-response.
    const handle = await open(path, 'r').catch((error: unknown) => Promise.reject(isMissing(error) ? new StoredObjectMissingError(sha256) : error));
    return handle.createReadStream({ start: range?.start, end: range?.end, highWaterMark: 1024 * 1024 });
  }

  async *list(): AsyncIterable<StoredObject> {
    const entries = (dir: string) => readdir(dir, { withFileTypes: true }).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
    for (const first of await entries(this.objects)) {
      if (!first.isDirectory()) continue;
      for (const second of await entries(join(this.objects, first.name))) {
        if (!second.isDirectory()) continue;
        const dir = join(this.objects, first.name, second.name);
        for (const file of await entries(dir)) {
          if (!file.isFile() || !/^[0-9a-f]{64}$/.test(file.name)) continue;
          const info = await stat(join(dir, file.name)).catch(() => null);
          if (info) yield { sha256: file.name, size: info.size };
        }
      }
    }
  }

  async remove(sha256: string): Promise<void> {
    await unlink(this.pathOf(sha256)).catch((error: unknown) => (isMissing(error) ? undefined : Promise.reject(error)));
  }
}
