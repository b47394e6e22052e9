import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The built API (dist/out-tsc, as `npm start` runs it) as a child process of the test, so that a
 * test can kill it, stop its database, run commands beside it and watch it recover.
 */
export const ROOT = join(__dirname, '../..');
const RUN = join(ROOT, 'apps/api/run.js');

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist/out-tsc/apps/api/src/main.js'))) throw new Error('未找到 API 的构建产物：先运行 npx nx build api');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote, for assertions and for the message of a failing test. */
  output(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | string>;
}

export function startApiProcess(env: NodeJS.ProcessEnv): ApiProcess {
  const child = spawn(process.execPath, [RUN, 'main'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-200_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, url: `http://127.0.0.1:${env['PORT']}`, output: () => output, exited };
}

/** Runs a command (`cli/migrate` …) to its end; resolves with its exit code and output. */
export function runCommand(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUN, entry, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output }));
  });
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
