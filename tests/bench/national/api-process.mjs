// The built API as a child process on an existing (national) database, NODE_ENV=production,
// and the small things the suite needs around it: log in, GraphQL calls, readiness.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from '../bench-harness.mjs';

export const PASSWORD = 'Bench@2026demo';

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function post(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** data of a GraphQL call; throws on errors. */
export async function gql(url, query, variables, token) {
  const body = await post(url, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

export async function login(url, username) {
  return (
    await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { username, password: PASSWORD, issueToken: true },
    })
  ).login.token;
}

/**
 * Starts `node apps/api/run.js main` on `databaseUrl`; resolves when it has answered its first
 * GraphQL request (a login), with the milliseconds from spawn to that answer.
 */
export async function startApiProcess({ databaseUrl, evidenceDir, env = {}, firstUser = 'office', nodeArgs = [] }) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'apps/api/run.js'), 'main'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(root, 'tmp/national/data'),
      EVIDENCE_DIR: evidenceDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_DIST: '/nonexistent',
      ADMIN_PASSWORD: 'Bench@2026admin',
      SEED_ON_START: 'false',
      REMINDER_INTERVAL_MINUTES: '0',
      LOGIN_RATE_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_API_LOG ? 'inherit' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  let token = null;
  while (!token) {
    if (child.exitCode !== null) throw new Error(`API 启动失败（退出码 ${child.exitCode}）：${stderr}`);
    try {
      token = await login(url, firstUser);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  const coldStartMs = performance.now() - started;
  return {
    child,
    pid: child.pid,
    url,
    token,
    coldStartMs,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}
