import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The BUILT API (dist/out-tsc, `npx nx build api`) as a child process, as `npm start` runs it:
 * for suites that kill it, restart it or run the CLI beside it. tests/bench/bench-harness.mjs
 * does the same for the benchmark scripts.
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

/** Keeps the last bytes a child wrote (for the failure message), not all of them. */
function tail(child: ChildProcess, limit = 20_000): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-limit);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

/** Runs a CLI entry of the built API (`cli/seed-demo`, `cli/evidence-verify` …) to its end. */
export async function runCli(entry: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [RUN, entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = tail(child, 200_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output: output() };
}

export interface ApiProcess {
  url: string;
  pid: number;
  /** kill -9: no shutdown hook runs. */
  killHard(): Promise<void>;
  /** SIGTERM, waiting for the clean shutdown. */
  stop(): Promise<void>;
  output(): string;
}

/** Starts `node apps/api/run.js main` with `env` (PORT and HOST set) and waits until it answers GraphQL. */
export async function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, [RUN, 'main'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = tail(child);
  const url = `http://${env['HOST'] ?? '127.0.0.1'}:${env['PORT']}`;
  const exited = once(child, 'exit').catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`API 进程启动失败（exit ${child.exitCode ?? child.signalCode}）：\n${output()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API 进程 ${timeoutMs / 1000} 秒内未就绪：\n${output()}`);
    }
    const ready = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, pid: child.pid!, killHard: () => stopWith('SIGKILL'), stop: () => stopWith('SIGTERM'), output };
}
