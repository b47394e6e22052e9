const { readFileSync, rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const STATE = process.env.TEST_DATABASE_STATE;
  const { url, runId } = JSON.parse(readFileSync(STATE, 'utf8'));
  rmSync(STATE, { force: true });
  if (globalThis.__EMBEDDED_PG__) {
    await globalThis.__EMBEDDED_PG__.stop();
    return;
  }
  // A server of DATABASE_URL outlives the run: drop the run's seeded template (test-api.ts).
  const { Client } = require('pg');
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists accredit_test_template_${runId} with (force)`);
  } finally {
    await client.end();
  }
};
