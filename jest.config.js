/** Unit and component tests. Browser end-to-end tests run separately (jest.e2e.config.js). */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  testEnvironment: 'node',
  // The pane's component tests drive Fluent UI through user-event: 5 to 12 s each on a loaded 2-core machine, past
  // Jest's default 5 s. A wait that never ends still fails, after 30 s.
  testTimeout: 30_000,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // jest-dom matchers and the ResizeObserver/matchMedia stubs Fluent UI v9 needs under jsdom (no-ops in node tests).
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
};
