// End-to-end in a real browser: Debian's Chromium driven by playwright-core against the real API
// (in process, fresh PostgreSQL database, demo accounts) serving the built admin (dist/apps/admin).
// Build first: npx nx run-many -t build -p api admin. Screenshots go to test-artifacts/screenshots/.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  // The database server (as the API suites) and the run's one Chromium (support/chromium.js).
  globalSetup: '<rootDir>/support/global-setup.js',
  globalTeardown: '<rootDir>/support/global-teardown.js',
  testTimeout: 300000,
};
