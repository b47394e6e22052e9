import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What is known about the embedded cluster from its files: PostgreSQL's own lock file
 * (postmaster.pid: pid on line 1, port on line 4) says whether a server runs on the data
 * directory; our owner file says which process of ours is responsible for it.
 */
export interface RunningServer {
  pid: number;
  port: number;
}

export interface ServerOwner {
  pid: number;
  /** 'api' supervises the server; a command only uses it for a while. */
  role: 'api' | 'command';
  since: string;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user, when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this data directory, if any (a stale lock file of a dead server is not one). */
export function runningServer(dataDir: string): RunningServer | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : 0 };
}

const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

export function readOwner(dataDir: string): ServerOwner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as ServerOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** The owner, if that process is still alive. */
export function liveOwner(dataDir: string): ServerOwner | null {
  const owner = readOwner(dataDir);
  return owner && isAlive(owner.pid) ? owner : null;
}

export function claimOwnership(dataDir: string, role: ServerOwner['role']): void {
  const owner: ServerOwner = { pid: process.pid, role, since: new Date().toISOString() };
  writeFileSync(ownerFile(dataDir), `${JSON.stringify(owner)}\n`);
}

export function releaseOwnership(dataDir: string): void {
  if (readOwner(dataDir)?.pid === process.pid) rmSync(ownerFile(dataDir), { force: true });
}
