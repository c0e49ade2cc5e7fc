// The release packages, one for each kind of user, from the production build (`npm run build`). Writes release/:
//
//   jixiao-addin-<version>.zip     for the IT office: the web files to put at ADDIN_URL and manifest.xml pointing there
//   jixiao-filemode-<version>.zip  for an accountant: file mode as a folder of static files, no office.js; index.html
//                                  works double-clicked (file://) and from any web server
//   jixiao-<version>.tgz           the command line (`npm pack`): one webpack bundle with ExcelJS, fflate, saxes and
//                                  fast-xml-parser inside and no dependencies, so `npm install -g ./jixiao-<v>.tgz`
//                                  needs no registry
//   wps/                           the WPS 加载项 (scripts/package-wps.ts)
//
//   ADDIN_URL=https://oa.czj.example.gov.cn/jixiao/ npm run package    (builds, then packs; docs/install.md § 零)
//
// Why a bundle and not bundleDependencies: ExcelJS's own tree is ~80 packages (archiver, unzipper, …) that the CLI
// never loads (it uses ExcelJS's self-contained dist build, src/file/exceljs.ts); a bundle ships only what runs, in a
// tarball of one package.json and three scripts that npm installs without resolving anything.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Configuration, Stats } from 'webpack';
import { packageWps } from './package-wps';

const DEV_URL = 'https://localhost:3000/';

export interface ReleaseOptions {
  /** Repository root (default: the one this script is in). */
  root?: string;
  /** The production build (default <root>/dist). */
  dist?: string;
  /** Where the packages go (default <root>/release). */
  out?: string;
  /** The address the add-in is built for (default ADDIN_URL); the build's manifest must point there. */
  addinUrl?: string;
}

interface RootPackage {
  name: string;
  version: string;
  description: string;
  license: string;
  engines?: Record<string, string>;
}

const defaultRoot = () => path.resolve(__dirname, existsSync(path.resolve(__dirname, '../package.json')) ? '..' : '../..');

export function rootPackage(root: string): RootPackage {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as RootPackage;
}

/** Every file under `dir` as zip entries under `prefix/`, leaving out the entries of `dir` itself that `skip` names. */
function entries(dir: string, prefix: string, skip: string[] = [], into: Zippable = {}): Zippable {
  for (const name of readdirSync(dir).sort()) {
    if (skip.includes(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) entries(full, `${prefix}/${name}`, [], into);
    else into[`${prefix}/${name}`] = readFileSync(full);
  }
  return into;
}

/**
 * `npm …` as a child process. Under `npm run` the npm that runs us is npm_execpath, started with this Node: that works
 * on Windows too, where npm is a .cmd file execFile cannot start without a shell.
 */
function npm(args: string[]): string {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.js$/.test(cli)) return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return execFileSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });
}

/** A zip (names in UTF-8, flagged so, as fflate does for any non-ASCII name). */
function writeZip(file: string, files: Zippable): void {
  writeFileSync(file, zipSync(files, { level: 9 }));
}

/** The address the built manifest points at, i.e. its task pane's folder. */
export function manifestAddress(manifest: string): string {
  const m = /<SourceLocation\s+DefaultValue="([^"]+\/)taskpane\.html"/.exec(manifest);
  if (!m) throw new Error('dist/manifest.xml 里没有任务窗格的地址（SourceLocation）：请重新运行 npm run build。');
  return m[1];
}

/**
 * The add-in's address: `wanted` (ADDIN_URL, normalised as the build does) if given, and then the build must have
 * been made for it; otherwise whatever the build was made for.
 */
export function checkAddress(manifest: string, wanted: string | undefined, normalise: (raw: string) => string): string {
  const built = manifestAddress(manifest);
  if (wanted === undefined) return built;
  const url = normalise(wanted);
  if (built !== url || (url !== DEV_URL && manifest.includes(DEV_URL.slice(0, -1)))) {
    throw new Error(`dist/ 是为 ${built} 构建的，不是 ADDIN_URL=${url}：请用同一个 ADDIN_URL 重新运行 npm run build（npm run package 会先构建）。`);
  }
  return url;
}

function addinReadme(url: string, version: string): string {
  return [
    `绩效自评助手 Excel 加载项 ${version}，地址 ${url}`,
    '',
    `1. 把 web/ 里的全部文件原样复制到内网 https 网站，使 ${url}taskpane.html 能打开（证书须被单位电脑信任）。`,
    '2. 把 manifest.xml 交给 Microsoft 365 管理中心的“集成应用 › 上传自定义应用”（集中部署），',
    '   或放进共享文件夹，在 Excel 的“信任中心 › 受信任的加载项目录”中添加该文件夹（共享文件夹目录）。',
    '3. 用户重新打开 Excel，“开始”选项卡右侧出现“绩效自评”组。',
    '',
    `web/filemode/ 是不需要 Excel 的文件模式，放到服务器上后可用浏览器打开 ${url}filemode/。`,
    '详见项目 docs/install.md。',
    '',
  ].join('\r\n');
}

function fileModeReadme(version: string): string {
  return [
    `绩效自评助手 文件模式 ${version}（不需要 Excel，不需要安装，不联网）`,
    '',
    '1. 把本压缩包解压到任意文件夹（不要直接在压缩包里打开）。',
    '2. 用 Chrome、新版 Edge、360 极速浏览器等打开其中的 index.html（双击，或拖到浏览器窗口里）。',
    '3. 点“选择文件”或把 .xlsx 拖进页面：页面列出每个问题，可以下载重算后的文件。',
    '',
    '文件只在本机浏览器中处理，不会上传。也可以把整个文件夹放到任意网站上使用。',
    '',
  ].join('\r\n');
}

/** The add-in zip: web/ (dist without the WPS build) and manifest.xml beside it. */
export function packageAddin(dist: string, out: string, version: string, url: string): string {
  const manifest = readFileSync(path.join(dist, 'manifest.xml'));
  const top = `jixiao-addin-${version}`;
  const files = entries(dist, `${top}/web`, ['wps', 'manifest.xml']);
  files[`${top}/manifest.xml`] = manifest;
  files[`${top}/部署说明.txt`] = Buffer.from(addinReadme(url, version));
  const file = path.join(out, `${top}.zip`);
  writeZip(file, files);
  return file;
}

/** The file-mode zip: dist/filemode as a folder of its own. */
export function packageFileMode(dist: string, out: string, version: string): string {
  const folder = path.join(dist, 'filemode');
  if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`没有找到文件模式的构建结果（${folder}）：请先运行 npm run build。`);
  if (/office(\.debug)?\.js/.test(readFileSync(path.join(folder, 'index.html'), 'utf8'))) {
    throw new Error('文件模式的 index.html 引用了 office.js：它在 file:// 下打不开，请检查 webpack.config.js。');
  }
  const top = `jixiao-filemode-${version}`;
  const files = entries(folder, top);
  files[`${top}/使用说明.txt`] = Buffer.from(fileModeReadme(version));
  const file = path.join(out, `${top}.zip`);
  writeZip(file, files);
  return file;
}

/** The tarball's package.json: the CLI alone, nothing to download. */
export function cliPackageJson(pkg: RootPackage): Record<string, unknown> {
  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    bin: { jixiao: 'bin/jixiao.js' },
    files: ['bin', 'lib', 'README.md', 'THIRD-PARTY-LICENSES.txt'],
    engines: pkg.engines ?? { node: '>=20' },
  };
}

/**
 * The CLI bundled for Node: lib/src/cli/main.js and, beside it, summary-worker.js (pool.ts starts the worker from the
 * file next to its own), so bin/jixiao.js runs unchanged. ExcelJS resolves to its self-contained dist build, the
 * one the CLI loads anyway. Not minified: a stack trace a user sends should be readable.
 */
export function cliWebpackConfig(root: string, stage: string): Configuration {
  return {
    name: 'cli',
    mode: 'production',
    target: 'node20',
    devtool: false,
    context: root,
    entry: { main: './src/cli/main.ts', 'summary-worker': './src/cli/summary-worker.ts' },
    output: { path: path.join(stage, 'lib', 'src', 'cli'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
    resolve: {
      extensions: ['.ts', '.js', '.json'],
      alias: { exceljs$: path.join(root, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.cli.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: false } },
        },
        // main.ts reads the version with require('../../../package.json') at run time: left to Node, it finds the
        // tarball's own package.json three levels above lib/src/cli/main.js.
        { test: /src[\\/]cli[\\/]main\.ts$/, parser: { commonjs: false } },
      ],
    },
    optimization: {
      minimize: false,
      // What both entries need (the engine, the file door, ExcelJS) once, in lib/src/cli/shared.js.
      splitChunks: { chunks: 'all', minSize: 0, cacheGroups: { default: false, defaultVendors: false, shared: { name: 'shared', minChunks: 2, enforce: true } } },
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-warnings',
  };
}

function runWebpack(config: Configuration): Promise<Stats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack is a dev dependency, loaded only to pack
  const webpack = require('webpack') as typeof import('webpack');
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString('errors-only') ?? 'webpack failed'));
      resolve(stats);
    });
  });
}

/** The packages a bundle carries (from its modules' paths), each with its licence text, for the notice file. */
export function bundledPackages(modulePaths: string[], root: string): { name: string; version: string; license: string; text: string }[] {
  const names = new Set<string>();
  for (const p of modulePaths) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(p);
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  return [...names].sort().map((name) => {
    const dir = path.join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    return { name, version: pkg.version, license: pkg.license ?? '', text: licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : '' };
  });
}

/** The CLI tarball: bundle, stage with bin/jixiao.js and the package.json above, `npm pack`. */
export async function packageCli(root: string, out: string): Promise<string> {
  const pkg = rootPackage(root);
  const stage = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-'));
  try {
    const stats = await runWebpack(cliWebpackConfig(root, stage));
    const modules = (stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? []).flatMap((m) => [m, ...(m.modules ?? [])]);
    const notices = bundledPackages(modules.map((m) => m.nameForCondition ?? m.name ?? ''), root)
      .map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text}`)
      .join(`\n\n${'-'.repeat(78)}\n\n`);
    writeFileSync(path.join(stage, 'THIRD-PARTY-LICENSES.txt'), `jixiao's command line carries these packages, bundled:\n\n${notices}\n`);
    mkdirSync(path.join(stage, 'bin'));
    cpSync(path.join(root, 'bin', 'jixiao.js'), path.join(stage, 'bin', 'jixiao.js'));
    cpSync(path.join(root, 'README.md'), path.join(stage, 'README.md'));
    writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliPackageJson(pkg), null, 2)}\n`);
    const packed = JSON.parse(npm(['pack', stage, '--pack-destination', out, '--json', '--silent'])) as { filename: string }[];
    return path.join(out, packed[0].filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export interface Release {
  out: string;
  addin: string;
  fileMode: string;
  cli: string;
  wps: string;
  url: string;
}

export async function packageRelease(options: ReleaseOptions = {}): Promise<Release> {
  const root = options.root ?? defaultRoot();
  const dist = options.dist ?? path.join(root, 'dist');
  const out = options.out ?? path.join(root, 'release');
  if (!existsSync(path.join(dist, 'manifest.xml'))) throw new Error(`没有找到加载项的构建结果（${dist}）：请先运行 npm run build。`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own reading of ADDIN_URL
  const { addinUrl } = require(path.join(root, 'webpack.config.js')) as { addinUrl: (env: { ADDIN_URL: string }) => string };
  const url = checkAddress(readFileSync(path.join(dist, 'manifest.xml'), 'utf8'), options.addinUrl ?? process.env.ADDIN_URL, (raw) => addinUrl({ ADDIN_URL: raw }));
  const { version } = rootPackage(root);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const addin = packageAddin(dist, out, version, url);
  const fileMode = packageFileMode(dist, out, version);
  const cli = await packageCli(root, out);
  const wps = packageWps({ root, dist: path.join(dist, 'wps'), out: path.join(out, 'wps') }).out;
  return { out, addin, fileMode, cli, wps, url };
}

if (require.main === module) {
  packageRelease().then(
    (made) => {
      const size = (f: string) => `${(statSync(f).size / 1024 / 1024).toFixed(1)} MB`;
      const lines = [
        `发布包在 ${made.out}：`,
        `  ${path.basename(made.addin)}（${size(made.addin)}）Excel 加载项，地址 ${made.url}`,
        `  ${path.basename(made.fileMode)}（${size(made.fileMode)}）文件模式`,
        `  ${path.basename(made.cli)}（${size(made.cli)}）命令行：npm install -g ./${path.basename(made.cli)}`,
        `  wps/ WPS 加载项`,
      ];
      if (made.url === DEV_URL) lines.push('注意：加载项指向 https://localhost:3000/（开发地址）。部署用的包请以 ADDIN_URL=https://服务器/目录/ npm run package 生成。');
      process.stdout.write(`${lines.join('\n')}\n`);
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
