// Cross-app suites: the real API against a real PostgreSQL (DATABASE_URL or embedded).
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'api-blackbox',
  rootDir: __dirname,
  testMatch: ['<rootDir>/api/**/*.spec.ts', '<rootDir>/reliability/**/*.spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.js',
  globalTeardown: '<rootDir>/support/global-teardown.js',
  testTimeout: 120000,
};
