const { existsSync } = require('node:fs');
const setUpDatabase = require('../../support/global-setup');
const { CHROMIUM, ENDPOINT_VARIABLE, launchServer } = require('./chromium');

module.exports = async function globalSetup() {
  await setUpDatabase();
  // Without the browser each file says what is missing (assertPrerequisites).
  if (!existsSync(CHROMIUM)) return;
  const server = await launchServer();
  globalThis.__E2E_BROWSER__ = server;
  process.env[ENDPOINT_VARIABLE] = server.wsEndpoint();
};
