// Lets `node -r ./bench/register.js bench/run.ts` run TypeScript directly: .ts/.tsx files are compiled on require
// with @swc/core (already a devDependency for jest), so a bench section needs no build step of its own.
'use strict';
const fs = require('node:fs');
const swc = require('@swc/core');

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') },
      transform: { react: { runtime: 'automatic' } },
    },
  });
  module._compile(code, filename);
}

require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;
