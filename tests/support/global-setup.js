const { randomBytes } = require('node:crypto');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { startEmbedded, statePath } = require('./database-server');

module.exports = async function globalSetup() {
  // Names this run's seeded template database (tests/support/test-api.ts), dropped at teardown.
  const runId = randomBytes(5).toString('hex');
  const STATE = statePath(runId);
  mkdirSync(path.dirname(STATE), { recursive: true });
  process.env.TEST_DATABASE_STATE = STATE;
  if (process.env.DATABASE_URL) {
    writeFileSync(STATE, JSON.stringify({ url: process.env.DATABASE_URL, embedded: false, runId }));
    return;
  }
  const { pg, url } = await startEmbedded();
  globalThis.__EMBEDDED_PG__ = pg;
  writeFileSync(STATE, JSON.stringify({ url, embedded: true, runId }));
  process.stdout.write(`\n[tests] 未设置 DATABASE_URL：使用内置 PostgreSQL ${url}\n`);
};
