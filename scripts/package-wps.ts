// The WPS 加载项 as an offline package for intranets (no network at install or run time), from the production build
// in dist/wps/ (`npm run build`). Writes release/wps/:
//
//   jixiao_<version>/     the add-in folder as WPS loads it (index.html, ribbon.xml, taskpane.html, bundles, images)
//   jixiao.7z             the same folder packed: what a jsplugins.xml list points WPS at (wpsjs build does the same)
//   jsplugins.xml         the list for a central server: WPS reads it at start (oem.ini JSPluginsServer=…), downloads
//                         jixiao.7z once per version and unpacks it into its jsaddons folder
//   oem.ini.txt           the lines WPS needs in its oem.ini to read that list
//   install-windows.bat   single machine: copies the add-in into %AppData%\kingsoft\wps\jsaddons, writes the list there
//   install-linux.sh      single machine: the same into ~/.local/share/Kingsoft/wps/jsaddons (麒麟, UOS)
//   安装说明.txt
//
// The jsaddons folders and oem.ini places are those Kingsoft's own tool kit uses (npm wpsjs, src/lib/
// debug_xmlplugin.js: GetJspluginsXmlPath, GetOemPath); docs/install.md § WPS explains each step.
//
//   npm run package:wps                                          → list points at http://<your server>/jixiao/
//   WPS_ADDIN_URL=http://oa.czj.example.gov.cn/jixiao/ npm run package:wps
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const ADDIN_NAME = 'jixiao';

export interface WpsPackageOptions {
  /** Repository root (default: the one this script is in). */
  root?: string;
  /** The built add-in (default <root>/dist/wps). */
  dist?: string;
  /** Where the package goes (default <root>/release/wps). */
  out?: string;
  /** The server folder jsplugins.xml points at, ending in "/" (default WPS_ADDIN_URL or a placeholder). */
  url?: string;
  /** The 7z program (default the one shipped in the 7zip-bin package). */
  sevenZip?: string;
}

export interface WpsPackage {
  out: string;
  folder: string;
  archive: string;
  jsplugins: string;
  version: string;
}

const PLACEHOLDER_URL = 'http://jixiao.intranet.example/jixiao/';

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The list WPS reads (jsplugins.xml mode): one offline add-in for 表格 (type "et"), unpacked once per version. */
export function jspluginsXml(url: string, version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlAttr(url)}" version="${xmlAttr(version)}" enable="true"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/** The oem.ini lines: load add-ins at all, and read the list from `listLocation`. */
export function oemIniLines(listLocation: string): string {
  return ['[Support]', 'JsApiPlugin=true', '', '[Server]', `JSPluginsServer=${listLocation}`, ''].join('\n');
}

function windowsInstaller(version: string): string {
  const folder = `${ADDIN_NAME}_${version}`;
  return [
    '@echo off',
    'chcp 65001 >nul',
    'rem 绩效自评助手 WPS 加载项：单机安装（当前用户）',
    'set "ADDONS=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%ADDONS%" mkdir "%ADDONS%"',
    `xcopy /E /I /Y "%~dp0${folder}" "%ADDONS%\\${folder}" >nul`,
    `copy /Y "%~dp0${ADDIN_NAME}.7z" "%ADDONS%\\${ADDIN_NAME}.7z" >nul`,
    'set "URLPATH=%ADDONS:\\=/%"',
    '(',
    '  echo ^<?xml version="1.0" encoding="UTF-8"?^>',
    '  echo ^<jsplugins^>',
    `  echo   ^<jsplugin name="${ADDIN_NAME}" type="et" url="file:///%URLPATH%/${ADDIN_NAME}.7z" version="${version}" enable="true"/^>`,
    '  echo ^</jsplugins^>',
    ') > "%ADDONS%\\jsplugins.xml"',
    'echo 已安装到 %ADDONS%\\' + folder,
    'echo.',
    'echo 还需在 WPS 的 oem.ini（WPS 安装目录\\office6\\cfgs\\oem.ini，需要管理员权限）中加入：',
    'echo   [Support]',
    'echo   JsApiPlugin=true',
    'echo   [Server]',
    'echo   JSPluginsServer=%ADDONS%\\jsplugins.xml',
    'echo 然后重新打开 WPS 表格，选项卡“绩效自评”即出现。',
    'pause',
    '',
  ].join('\r\n');
}

function linuxInstaller(version: string): string {
  const folder = `${ADDIN_NAME}_${version}`;
  return `#!/bin/sh
# 绩效自评助手 WPS 加载项：单机安装（当前用户）。麒麟、统信 UOS 等 Linux 上的 WPS。
set -e
here=$(cd "$(dirname "$0")" && pwd)
addons="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$addons"
rm -rf "$addons/${folder}"
cp -R "$here/${folder}" "$addons/${folder}"
cp "$here/${ADDIN_NAME}.7z" "$addons/${ADDIN_NAME}.7z"
cat > "$addons/jsplugins.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="et" url="file://$addons/${ADDIN_NAME}.7z" version="${version}" enable="true"/>
</jsplugins>
EOF
echo "已安装到 $addons/${folder}"
for oem in /opt/kingsoft/wps-office/office6/cfgs/oem.ini /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini; do
  [ -f "$oem" ] || continue
  if grep -q '^JSPluginsServer=' "$oem" 2>/dev/null; then
    echo "$oem 已有 JSPluginsServer 一行，请确认它指向 $addons/jsplugins.xml"
  elif [ -w "$oem" ]; then
    printf '\\n[Support]\\nJsApiPlugin=true\\n\\n[Server]\\nJSPluginsServer=%s\\n' "$addons/jsplugins.xml" >> "$oem"
    echo "已在 $oem 中加入 JsApiPlugin 与 JSPluginsServer"
  else
    echo "请以管理员身份在 $oem 中加入："
    printf '  [Support]\\n  JsApiPlugin=true\\n  [Server]\\n  JSPluginsServer=%s\\n' "$addons/jsplugins.xml"
  fi
done
echo "重新打开 WPS 表格，选项卡“绩效自评”即出现。"
`;
}

function readme(url: string, version: string): string {
  return [
    `绩效自评助手 WPS 加载项 ${version}（离线包，安装和使用都不需要互联网）`,
    '',
    '一台电脑：',
    '  Windows：双击 install-windows.bat；Linux（麒麟、UOS）：sh install-linux.sh。',
    '  然后按提示在 WPS 的 oem.ini 中加入两行（需要管理员权限），重新打开 WPS 表格。',
    '',
    '全单位（集中部署）：',
    `  1. 把 ${ADDIN_NAME}.7z 和 jsplugins.xml 放到内网网站的同一目录（现在 jsplugins.xml 指向 ${url}${ADDIN_NAME}.7z）；`,
    '     地址不同时，用 WPS_ADDIN_URL=http://你的服务器/目录/ npm run package:wps 重新生成。',
    '  2. 在每台电脑 WPS 的 oem.ini 中加入 oem.ini.txt 里的两行（可随 WPS 安装包统一下发）。',
    '  3. 用户重新打开 WPS 表格，WPS 自动下载并启用加载项；升级时换新的包并提高版本号即可。',
    '',
    '详见项目 docs/install.md 的“WPS 表格”一节。',
    '',
  ].join('\r\n');
}

export function packageWps(options: WpsPackageOptions = {}): WpsPackage {
  const root = options.root ?? path.resolve(__dirname, existsSync(path.resolve(__dirname, '../package.json')) ? '..' : '../..');
  const dist = options.dist ?? path.join(root, 'dist', 'wps');
  const out = options.out ?? path.join(root, 'release', 'wps');
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'ribbon.xml'))) {
    throw new Error(`没有找到 WPS 加载项的构建结果（${dist}）：请先运行 npm run build。`);
  }
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const url = options.url ?? process.env.WPS_ADDIN_URL ?? PLACEHOLDER_URL;
  if (!/^(https?|file):\/\/.+\/$/.test(url)) throw new Error(`WPS_ADDIN_URL 应是以 / 结尾的 http(s):// 或 file:// 地址：${url}`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // WPS keeps an offline add-in in jsaddons/<name>_<version> and downloads again only when that folder is missing.
  const folderName = `${ADDIN_NAME}_${version}`;
  const folder = path.join(out, folderName);
  cpSync(dist, folder, { recursive: true });

  const archive = path.join(out, `${ADDIN_NAME}.7z`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sevenZip = options.sevenZip ?? (require('7zip-bin') as { path7za: string }).path7za;
  try {
    accessSync(sevenZip, constants.X_OK);
  } catch {
    chmodSync(sevenZip, 0o755); // npm may unpack 7zip-bin's programs without their execute bit
  }
  execFileSync(sevenZip, ['a', '-t7z', '-bd', archive, folderName], { cwd: out, stdio: 'ignore' });

  const jsplugins = path.join(out, 'jsplugins.xml');
  writeFileSync(jsplugins, jspluginsXml(`${url}${ADDIN_NAME}.7z`, version));
  writeFileSync(path.join(out, 'oem.ini.txt'), oemIniLines(`${url}jsplugins.xml`));
  writeFileSync(path.join(out, 'install-windows.bat'), windowsInstaller(version));
  writeFileSync(path.join(out, 'install-linux.sh'), linuxInstaller(version), { mode: 0o755 });
  writeFileSync(path.join(out, '安装说明.txt'), readme(url, version));
  return { out, folder, archive, jsplugins, version };
}

if (require.main === module) {
  try {
    const made = packageWps();
    process.stdout.write(`WPS 加载项离线包：${made.out}（${path.basename(made.archive)}，jsplugins.xml，安装脚本）\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
