// The project's test command (README, CI): lint with module boundaries, type-check everything
// once (and the admin with vue-tsc), build the API and the admin UI, then every Jest and Vitest
// suite and the browser journey; ends with one "N passed, N failed" line and each step's wall
// (and, where /usr/bin/time exists, CPU) time.
//
// Steps run in lanes: the steps of a lane one after another, the lanes of a stage side by side
// (2 cores: a single-threaded type-check beside another, the browser suite — which mostly waits
// for Chromium and the API — beside the Jest files). A step's output is printed whole when it
// ends, so that lanes do not interleave their lines.
import { spawn } from 'node:child_process';
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
const started = Date.now();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs one step to its end; resolves whether it exited 0. */
function run(label, command, args) {
  const cpuFile = join(out, `${label.replace(/\W+/g, '-')}.cpu`);
  const [file, argv] = TIME ? [TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  process.stdout.write(`\n--- ${label}: started (${seconds(Date.now() - started)} s into the run)\n`);
  const begun = Date.now();
  return new Promise((done) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const wall = seconds(Date.now() - begun);
      const cpu = TIME && existsSync(cpuFile) ? cpuSeconds(readFileSync(cpuFile, 'utf8')) : null;
      timings.push(`${label} ${wall} s${cpu === null ? '' : ` (CPU ${cpu} s)`}`);
      process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
      process.stdout.write(Buffer.concat(chunks));
      process.stdout.write(`=== ${label}: ${code === 0 ? 'ok' : `exit ${code ?? signal}`} in ${wall} s\n`);
      if (code !== 0) problems.push(`${label} (exit ${code ?? signal})`);
      done(code === 0);
    });
  });
}

const seconds = (ms) => Math.round(ms / 1000);
// /usr/bin/time -o ends with "user sys"; a killed command adds a line before it.
const cpuSeconds = (text) => {
  const [user, sys] = text.trim().split('\n').pop().split(' ').map(Number);
  return Math.round(user + sys);
};

/** Runs the lanes side by side, each lane's steps in order; resolves when all have ended. */
const stage = (...lanes) =>
  Promise.all(
    lanes.map(async (steps) => {
      for (const step of steps) await step();
    }),
  );

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
// Every Jest file has its own database, so files run in parallel; the few that measure time
// (tagged `@timing-sensitive` in their first lines) run at the end, one at a time, alone.
const timingSensitive = ['tests/api', 'tests/reliability'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.spec.ts') && readFileSync(join(dir, name), 'utf8').slice(0, 500).includes('@timing-sensitive'))
    .map((name) => `${dir}/${name}`),
);
// One file at a time in one worker process rather than in Jest's own (--runInBand): without
// forceExit, a handle a file leaks (a socket, a timer) cannot keep the run from ending, since Jest
// stops its workers at the end. A memory limit is what makes Jest use a worker when it has one.
const oneAtATime = ['--maxWorkers=1', '--workerIdleMemoryLimit=2GB'];
const jestCount = (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) });
// Two workers beside the browser suite (three processes busy on two cores, as three workers were alone).
const workers = process.env.JEST_WORKERS ?? '2';

// Stage 1, the checks. One TypeScript program over every library (specs included), the API and the
// suites; the admin's .vue files and specs (vue-tsc: the fakes are typed by the generated GraphQL
// types, so a spec fixture that drifts from the API's schema fails here). Both are single-threaded,
// so they run beside each other and beside the Nx steps (one Nx command at a time). vue-tsc waits
// for the build, whose codegen step may rewrite the generated types it reads.
let built;
const build = new Promise((resolve) => (built = resolve));
await stage(
  [
    () => run('docs', 'node', ['tools/module-map.mjs', '--check']),
    () => run('table ownership', 'node', ['tools/table-ownership.mjs']),
    // What the suites run: the API's compiled output and the admin's bundle.
    () => run('build', 'npx', [...nx, '-t', 'build', '-p', 'api,admin']).finally(built),
    () => run('lint', 'npx', [...nx, '-t', 'lint']),
  ],
  // Prettier owns the layout (.prettierrc): a file written by hand or by a tool in another layout fails here.
  [() => run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.typecheck.json']), () => run('format', 'npm', ['run', '-s', 'format:check'])],
  [() => build.then(() => run('typecheck (admin)', 'npx', ['vue-tsc', '-p', 'apps/admin/tsconfig.json', '--noEmit']))],
);

// Stage 2, the suites: the Jest files (libraries' specs, tests/api, tests/reliability) in one lane;
// the browser journey (Debian's Chromium + playwright-core against the real API serving the build
// above) and then the admin's Vitest suite in the other.
const ignoreTimingSensitive = timingSensitive.length ? ['--testPathIgnorePatterns', ...timingSensitive.map((file) => `/${file.replace(/\./g, '\\.')}$`)] : [];
await stage(
  [
    async () => {
      await run('jest', 'npx', ['jest', `--maxWorkers=${workers}`, '--json', `--outputFile=${out}/jest.json`, ...ignoreTimingSensitive]);
      count('jest', `${out}/jest.json`, jestCount);
    },
  ],
  [
    async () => {
      await run('e2e', 'npx', ['jest', '-c', 'tests/e2e/jest.config.js', ...oneAtATime, '--json', `--outputFile=${out}/e2e.json`]);
      count('e2e', `${out}/e2e.json`, jestCount);
    },
    async () => {
      if (!existsSync('apps/admin/vite.config.ts')) return;
      await run('vitest', 'npx', ['vitest', 'run', '-c', 'apps/admin/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`]);
      count('vitest', `${out}/vitest.json`, (r) => ({ ok: r.numPassedTests, bad: r.numFailedTests }));
    },
  ],
);

// Stage 3, alone on a quiet machine: the files that measure time.
if (timingSensitive.length) {
  await run('jest (timing-sensitive, one at a time)', 'npx', ['jest', '-c', 'tests/jest.config.js', ...oneAtATime, '--json', `--outputFile=${out}/jest-serial.json`, ...timingSensitive]);
  count('jest (timing-sensitive)', `${out}/jest-serial.json`, jestCount);
}

process.stdout.write(`\nWall time: ${timings.join('; ')}; total ${seconds(Date.now() - started)} s\n`);
if (problems.length) process.stdout.write(`\nFailed steps: ${problems.join('; ')}\n`);
if (problems.length && failed === 0) failed = problems.length;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(problems.length || failed ? 1 : 0);
