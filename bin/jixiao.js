#!/usr/bin/env node
'use strict';
// The compiled CLI lives in lib/ (built by `npm install` through the `prepare` script).
require('../lib/src/cli/main.js')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // A bug, not the input's fault: one line, not a stack trace, and the exit status of an unusable run.
      const line = String((error && error.message) || error).split('\n')[0];
      process.stderr.write(`jixiao：内部错误（${line}），请把命令和文件反馈给开发者\n`);
      process.exitCode = 2;
    },
  );
