/** Unit and component tests. Browser end-to-end tests run separately (jest.e2e.config.js). */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  testEnvironment: 'node',
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
