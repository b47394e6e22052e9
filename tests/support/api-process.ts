import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The BUILT API (dist/out-tsc, `npx nx build api`) as a child process, as `npm start` runs it:
 * for suites that kill it, restart it, stop its database or run commands beside it.
 * tests/bench/bench-harness.mjs does the same for the benchmark scripts.
 */
export const ROOT = join(__dirname, '../..');
const RUN = join(ROOT, 'apps/api/run.js');
const BUILT = join(ROOT, 'dist/out-tsc/apps/api/src/main.js');

export function assertBuilt(): void {
  if (!existsSync(BUILT)) throw new Error(`找不到构建好的 API（${BUILT}）：请先运行 npx nx build api（npm test 会先构建）`);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Keeps the last bytes a child wrote (for assertions and failure messages), not all of them. */
function tail(child: ChildProcess, limit = 200_000): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-limit);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

/** Runs a command of the built API (`cli/seed-demo`, `cli/evidence-verify` …) to its end. */
export async function runCli(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [RUN, entry, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = tail(child);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output: output() };
}

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  output(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | string>;
  /** kill -9: no shutdown hook runs. */
  killHard(): Promise<void>;
  /** SIGTERM, waiting for the clean shutdown. */
  stop(): Promise<void>;
}

/** Starts `node apps/api/run.js main` with `env` (PORT set) without waiting for it. */
export function spawnApiProcess(env: NodeJS.ProcessEnv): ApiProcess {
  const child = spawn(process.execPath, [RUN, 'main'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = tail(child);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { child, pid: child.pid!, url: `http://${env['HOST'] ?? '127.0.0.1'}:${env['PORT']}`, output, exited, killHard: () => stopWith('SIGKILL'), stop: () => stopWith('SIGTERM') };
}

/** Starts the API and waits until it answers GraphQL. */
export async function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ApiProcess> {
  const api = spawnApiProcess(env);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) throw new Error(`API 进程启动失败（exit ${api.child.exitCode ?? api.child.signalCode}）：\n${api.output()}`);
    if (Date.now() > deadline) {
      api.child.kill('SIGKILL');
      throw new Error(`API 进程 ${timeoutMs / 1000} 秒内未就绪：\n${api.output()}`);
    }
    const ready = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return api;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`等待超时（${timeoutMs} ms）：${what}${lastError ? `；最后的错误：${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
