import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const PART = /^(?<host>[A-Za-z0-9._-]+)~(?<pid>\d+)~[0-9a-f-]{36}\.part$/;
/** A temp file of another machine sharing the folder is only taken as abandoned after this long untouched. */
const FOREIGN_STALE_MS = 60 * 60 * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temp files of uploads in progress: `<root>/tmp/<host>~<pid>~<uuid>.part`. Uploads are written
 * here while hashed and are moved into the store only when complete and verified. The name says
 * which process wrote it, so start-up can remove what a crashed process left behind without
 * touching the uploads another running instance is receiving.
 */
export class StagingArea {
  readonly dir: string;
  private readonly host = hostname().replace(/[^A-Za-z0-9._-]/g, '_') || 'host';

  constructor(root: string) {
    this.dir = join(root, 'tmp');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** A new, unused temp file path of this process. */
  newPath(): string {
    return join(this.dir, `${this.host}~${process.pid}~${randomUUID()}.part`);
  }

  /** Removes a temp file; missing is fine. */
  async discard(path: string): Promise<void> {
    await unlink(path).catch((error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : Promise.reject(error)));
  }

  /** Temp files in the folder now (for tests and checks). */
  async list(): Promise<string[]> {
    return (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.part') || name.endsWith('.tmp'));
  }

  /**
   * Removes temp files no running upload owns: this machine's files of processes that are gone
   * (or of this very process, at start-up), and anyone's untouched for an hour.
   */
  async removeAbandoned(now = Date.now()): Promise<string[]> {
    const removed: string[] = [];
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      const match = PART.exec(name);
      const pid = match ? Number(match.groups!['pid']) : NaN;
      const ours = match?.groups!['host'] === this.host;
      const abandoned = (ours && (pid === process.pid || !isAlive(pid))) || now - info.mtimeMs > FOREIGN_STALE_MS;
      if (!abandoned) continue;
      await this.discard(path);
      removed.push(name);
    }
    return removed;
  }
}
