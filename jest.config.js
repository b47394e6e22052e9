// All Jest projects in one run: every library's and app's unit specs, and the cross-app suites
// in tests/ (which start a real PostgreSQL, embedded unless DATABASE_URL is set).
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/api/jest.config.js', '<rootDir>/tests/jest.config.js'],
  // Global options: with several projects, a project's own testTimeout is not applied.
  testTimeout: 120000,
};
