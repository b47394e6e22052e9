import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
/** Compiles TypeScript on the fly (SWC) and resolves the @accredit/* aliases to the sources. */
const TS_HOOK = join(ROOT, 'tests/bench/table-import-ts-hook.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams, for assertions on what the operator reads. */
  output: string;
}

/**
 * Runs an API command line entry (apps/api/src/cli/<name>.ts) from source in a child process, as
 * `npm run …` runs its compiled form, and collects its output and exit code.
 */
export function runCli(name: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', TS_HOOK, join(ROOT, 'apps/api/src/cli', `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output: `${stdout}${stderr}` }));
  });
}
