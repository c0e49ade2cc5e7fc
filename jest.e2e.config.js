/** Browser end-to-end tests: real Chromium (playwright-core) against the production build in dist/.
 *  Run with `npm run test:e2e`, which builds first. See docs/e2e.md. */
module.exports = {
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testEnvironment: 'node',
  testTimeout: 120_000,
  // One browser at a time: the tests are few, and parallel Chromiums only make each slower.
  maxWorkers: 1,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
