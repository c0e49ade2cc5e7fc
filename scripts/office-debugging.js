#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into desktop Excel (Windows, Mac) with office-addin-debugging.
// It is an optional dependency: its keytar module needs a native build (libsecret on Linux) that a fresh machine may
// lack, and nothing else in the project needs it, so `npm install` goes on without it. Say so instead of failing.
const { spawnSync } = require('node:child_process');

let bin;
try {
  bin = require.resolve('office-addin-debugging/cli.js');
} catch {
  process.stderr.write(
    'office-addin-debugging 未安装（它是可选依赖，其 keytar 模块需要本机编译，Linux 上需先 apt-get install libsecret-1-dev 再 npm install）。\n' +
      'npm start / npm stop 只用于在 Windows 或 Mac 的桌面版 Excel 中旁加载；其他命令不需要它。\n' +
      'office-addin-debugging is not installed (optional: keytar needs a native build). It is only needed for npm start / npm stop.\n',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
