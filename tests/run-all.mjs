// The project's test command (README, CI): lint with module boundaries, type-check and build
// every project, then every Jest and Vitest suite; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// Absolute: Vitest resolves relative output paths against the app's own root.
const out = resolve('tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) problems.push(`${label} (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function count(label, file, read) {
  if (!existsSync(file)) {
    problems.push(`${label}: no results written`);
    return;
  }
  const { ok, bad } = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += ok;
  failed += bad;
  if (ok + bad === 0) problems.push(`${label}: no test ran`);
}

const nx = ['nx', 'run-many', '--outputStyle=static', '--parallel=2'];
run('lint', 'npx', [...nx, '-t', 'lint']);
run('build', 'npx', [...nx, '-t', 'build']);
run('jest', 'npx', ['jest', '--runInBand', '--json', `--outputFile=${out}/jest.json`]);
count('jest', `${out}/jest.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }));
if (existsSync('apps/admin/vite.config.ts')) {
  run('vitest', 'npx', ['vitest', 'run', '-c', 'apps/admin/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`]);
  count('vitest', `${out}/vitest.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests }));
}

// The browser journey (Debian's Chromium + playwright-core) against the real API serving the build above.
run('e2e', 'npx', ['jest', '-c', 'tests/e2e/jest.config.js', '--runInBand', '--json', `--outputFile=${out}/e2e.json`]);
count('e2e', `${out}/e2e.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }));

if (problems.length) process.stdout.write(`\nFailed steps: ${problems.join('; ')}\n`);
if (problems.length && failed === 0) failed = problems.length;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(problems.length || failed ? 1 : 0);
