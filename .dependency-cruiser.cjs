// `npm run check:boundaries`: the architecture of CONTRIBUTING.md, checked on every import (type-only ones too).
//   src/core            the engine: imports nothing outside itself, no Node built-in, no package
//   src/host            the Host contract: the core only
//   adapters (doors)    src/excel, src/file, src/cli, src/commands, src/wps: the core and src/host, never the UI
//   src/taskpane        the UI: anything above
// and no import cycle anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle (type-only ones included) ties modules that should be read and changed one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs unchanged in Excel, the browser and Node: it imports nothing outside src/core.',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'host-contract-is-core-only',
      severity: 'error',
      comment: 'The Host contract is what adapters implement and the pane uses: it knows the core, not either side.',
      from: { path: '^src/host/' },
      to: { pathNot: '^src/(core|host)/' },
    },
    {
      name: 'adapters-not-ui',
      severity: 'error',
      comment: 'Doors are thin adapters: they move grids and plans, and never import the task pane.',
      from: { path: '^src/(excel|file|cli|commands|wps)/' },
      to: { path: '^src/taskpane/' },
    },
    {
      name: 'cli-is-node-only',
      severity: 'error',
      comment: 'The CLI is built with tsc for Node: no Office.js adapter in it.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(excel|commands|wps)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
