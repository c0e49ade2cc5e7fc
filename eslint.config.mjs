// `npm run lint` (office-addin-lint check) uses this file: the Office add-in rules office-addin-lint ships with,
// extended to .tsx. `no-undef` is off for TypeScript, as typescript-eslint advises: the compiler checks names (Office,
// Excel and Node globals included) better than ESLint can. Formatting is not linted (prettier/prettier off): the
// code base keeps its own layout, and a formatter rewriting every file would drown real findings.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

// Office.js rules (sync before read, load before read, …) mean nothing to ExcelJS code: off outside the Office doors.
const officeRulesOff = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'off']));

const unused = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }];

export default [
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-artifacts/**'] },
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // office-addins' recommended config covers .ts; .tsx gets the same TypeScript plugin here.
    files: ['**/*.tsx'],
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off', 'no-unused-vars': 'off', 'prettier/prettier': 'off', '@typescript-eslint/no-unused-vars': unused },
  },
  {
    files: ['src/file/**', 'src/cli/**', 'src/core/**', 'scripts/**', 'bench/**', 'test/**'],
    rules: officeRulesOff,
  },
];
