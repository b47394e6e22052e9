// What the benchmark scripts share: a private database on the DATABASE_URL server, the built
// API started as its own process (seeded, with demo accounts), a GraphQL client and RSS sampling.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';

export const root = resolve(import.meta.dirname, '../..');
export const log = (line) => process.stdout.write(`${line}\n`);
export const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
export const DEMO_PASSWORD = 'Bench@2026demo';

export function args() {
  return Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
}

export function rssOf(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process is gone
  }
}

/** Samples a process's RSS every 20 ms; stop() returns the peak. */
export function sampleRss(pid) {
  let peak = rssOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, rssOf(pid))) };
}

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

export async function gql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function run(entry, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'apps/api/run.js'), entry], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${entry} exited ${code}`))));
  });
}

/**
 * Starts the built API (npx nx build api first) on a database of its own, seeded with the
 * Shapingba campaign and the demo accounts; `login(username)` gives a bearer token.
 */
export async function startBenchApi(work, extraEnv = {}) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error('请设置 DATABASE_URL（一个 PostgreSQL 服务器；脚本自建并删除自己的数据库），并先运行 npx nx build api');
    process.exit(1);
  }
  const database = `accredit_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${database}`;
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl.toString(),
    DATA_DIR: join(work, 'data'),
    EVIDENCE_DIR: join(work, 'evidence'),
    DEMO_PASSWORD,
    ADMIN_PASSWORD: 'Bench@2026admin',
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_DIST: '/nonexistent',
    REMINDER_INTERVAL_MINUTES: '0',
    ...extraEnv,
  };
  log('准备：迁移、种子数据、演示账号 …');
  await run('cli/seed-demo', env);
  const api = spawn(process.execPath, [join(root, 'apps/api/run.js'), 'main'], {
    cwd: root,
    env: { ...env, SEED_ON_START: 'false' },
    stdio: ['ignore', process.env.BENCH_API_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  api.on('exit', (code, signal) => log(`API 进程退出：code ${code} signal ${signal}`));
  const url = `http://127.0.0.1:${port}`;
  const login = async (username) => (await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: DEMO_PASSWORD, issueToken: true } })).login.token;
  for (let i = 0; i < 300; i++) {
    try {
      await login('office');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    api,
    url,
    login,
    close: async () => {
      if (api.exitCode === null) {
        api.kill('SIGTERM');
        await once(api, 'exit').catch(() => undefined);
      }
      await admin.query(`drop database if exists ${database} with (force)`).catch(() => undefined);
      await admin.end();
    },
  };
}
