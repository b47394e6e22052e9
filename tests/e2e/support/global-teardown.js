const tearDownDatabase = require('../../support/global-teardown');

module.exports = async function globalTeardown() {
  await globalThis.__E2E_BROWSER__?.close();
  await tearDownDatabase();
};
