// The project's test command (README, CI): lint with module boundaries, type-check everything
// once, build the API and the admin UI, then every Jest and Vitest suite; ends with one "N passed, N failed" line and
// the wall time of each step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Absolute: Vitest resolves relative output paths against the app's own root.
const out = resolve('tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

const timings = [];

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  timings.push(`${label} ${Math.round((Date.now() - started) / 1000)} s`);
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
run('docs', 'node', ['tools/module-map.mjs', '--check']);
run('table ownership', 'node', ['tools/table-ownership.mjs']);
run('lint', 'npx', [...nx, '-t', 'lint']);
// One TypeScript program over every library (specs included), the API and the suites: each file
// is checked once, where a type-check per library re-checked the shared ones two dozen times.
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.typecheck.json']);
// What the suites run: the API's compiled output and the admin's bundle.
run('build', 'npx', [...nx, '-t', 'build', '-p', 'api,admin']);
// Every Jest file has its own database, so files run in parallel; the few that measure time
// (tagged `@timing-sensitive` in their first lines) run afterwards, one at a time, on a quiet machine.
const timingSensitive = ['tests/api', 'tests/reliability'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.spec.ts') && readFileSync(join(dir, name), 'utf8').slice(0, 500).includes('@timing-sensitive'))
    .map((name) => `${dir}/${name}`),
);
const jestCount = (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) });
const workers = process.env.JEST_WORKERS ?? '3';
run('jest', 'npx', ['jest', `--maxWorkers=${workers}`, '--json', `--outputFile=${out}/jest.json`, '--testPathIgnorePatterns', ...timingSensitive.map((file) => `/${file.replace(/\./g, '\\.')}$`)]);
count('jest', `${out}/jest.json`, jestCount);
if (timingSensitive.length) {
  run('jest (timing-sensitive, one at a time)', 'npx', ['jest', '-c', 'tests/jest.config.js', '--runInBand', '--json', `--outputFile=${out}/jest-serial.json`, ...timingSensitive]);
  count('jest (timing-sensitive)', `${out}/jest-serial.json`, jestCount);
}
if (existsSync('apps/admin/vite.config.ts')) {
  run('vitest', 'npx', ['vitest', 'run', '-c', 'apps/admin/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`]);
  count('vitest', `${out}/vitest.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests }));
}

// The browser journey (Debian's Chromium + playwright-core) against the real API serving the build above.
run('e2e', 'npx', ['jest', '-c', 'tests/e2e/jest.config.js', '--runInBand', '--json', `--outputFile=${out}/e2e.json`]);
count('e2e', `${out}/e2e.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }));

process.stdout.write(`\nWall time: ${timings.join('; ')}\n`);
if (problems.length) process.stdout.write(`\nFailed steps: ${problems.join('; ')}\n`);
if (problems.length && failed === 0) failed = problems.length;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(problems.length || failed ? 1 : 0);
