// `npm run lint` (part of `npm test`): ESLint's and typescript-eslint's recommended rules, the React hooks rules for
// the pane, Office.js's own rules (sync before read, load before read, …) for the Office doors, and the import
// boundaries of CONTRIBUTING.md. `no-undef` is off for TypeScript, as typescript-eslint advises: the compiler checks
// names better. Formatting is not linted: the code base keeps its own layout. Cycles and the whole import graph are
// checked by dependency-cruiser (`npm run check:boundaries`); the rules here give the same message in the editor.
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unused = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }];

/** Imports a module in `from` may not make: every path outside `allowed`, relative or not. */
const only = (message, patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }] });

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).filter((name) => name !== 'no-office-initialize').map((name) => [`office-addins/${name}`, 'error']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-artifacts/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off', '@typescript-eslint/no-unused-vars': unused },
  },
  {
    // Build scripts, configs and the bin stub are CommonJS run by Node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-unused-vars': unused },
  },
  {
    // The start-up check and the dialog run in any webview Office has, Trident included: plain ES5 scripts.
    files: ['src/compat/**/*.js', 'src/commands/notice.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, Office: 'readonly' } },
    rules: { 'no-unused-vars': unused, '@typescript-eslint/no-unused-vars': unused },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code evaluated inside the page reads the browser's untyped objects (the fake Excel, axe's results).
    files: ['test/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/index.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    files: ['src/core/**'],
    rules: only('src/core is the pure engine: it imports nothing outside src/core (no Node, DOM, Office or package).', [
      ['../../*', 'node:*', 'fs', 'path', 'react', 'react-dom', 'exceljs', '@fluentui/*', '**/taskpane/**', '**/excel/**', '**/file/**', '**/cli/**', '**/host/**', '**/commands/**', '**/wps/**'],
    ]),
  },
  {
    files: ['src/host/**'],
    rules: only('The Host contract knows the core only.', [['**/taskpane/**', '**/excel/**', '**/file/**', '**/cli/**', '**/commands/**', '**/wps/**', 'react', '@fluentui/*']]),
  },
  {
    files: ['src/excel/**', 'src/file/**', 'src/cli/**', 'src/commands/**', 'src/wps/**'],
    rules: only('Adapters never import the task pane (UI): share through src/core or src/host.', [['**/taskpane/**', 'react', 'react-dom', '@fluentui/*']]),
  },
);
