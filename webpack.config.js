// Builds the Excel add-in into dist/: taskpane.html + commands.html (and their bundles), the icons, the ES5 start-up
// check every page runs first (compat.js, probe.js), and manifest.xml. The pages load office.js from Microsoft's CDN,
// the supported way, so the add-in always talks to Excel with a library as new as Excel itself.
//
//   npm run build                                   → URLs stay https://localhost:3000/
//   ADDIN_URL=https://intranet.example/jixiao/ npm run build   → dist/manifest.xml points at that server
//   OFFICE_JS=bundled npm run build                 → office.js served from dist/office/ (the @microsoft/office-js
//                                                     package, frozen at ExcelApi 1.15: see docs/install.md) for
//                                                     intranets that cannot reach the CDN
//   OFFICE_JS=21vianet npm run build                → office.js from the CDN of Office 365 operated by 21Vianet (China)
//   npm run dev-server                              → https://localhost:3000 with office-addin-dev-certs
//
// Beside it: dist/filemode/ (file mode as a folder of its own, no office.js: works from file:// and any web server)
// and dist/wps/ (the WPS 加载项, webpack.wps.js). `npm run package` packs all of them into release/.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const wpsConfig = require('./webpack.wps');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_PACKAGE = 'node_modules/@microsoft/office-js/dist';

/**
 * Where the pages load office.js from. learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-
 * for-office-library-from-its-cdn: the CDN "ensures that your add-in uses the most up-to-date implementation"; add-ins
 * for Office 365 operated by 21Vianet use its own CDN (includes/21Vianet-cdn.md).
 */
const OFFICE_JS_SOURCES = {
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  '21vianet': 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  bundled: 'office/office.js',
};

function officeJs(env) {
  const choice = (env && env.OFFICE_JS) || process.env.OFFICE_JS || 'cdn';
  const src = OFFICE_JS_SOURCES[choice];
  if (!src) throw new Error(`OFFICE_JS must be one of ${Object.keys(OFFICE_JS_SOURCES).join(', ')}: ${choice}`);
  return { choice, src, origin: /^https:/.test(src) ? new URL(src).origin : null };
}

/** The production origin + path, always ending in "/". */
function addinUrl(env) {
  const raw = (env && env.ADDIN_URL) || process.env.ADDIN_URL || DEV_URL;
  const url = new URL(raw); // throws on a malformed URL: better now than in a manifest Office rejects
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins over https only): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** manifest.xml with every dev-server URL pointed at `url` (which ends in "/"). */
function rewriteManifest(xml, url) {
  return xml.split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(new URL(url).origin);
}

/**
 * The dev server's certificate from office-addin-dev-certs, which also makes its CA trusted (Windows, Mac). Where
 * that cannot be done (Linux without sudo, CI) the generated files are used as they are and the browser warns.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const fs = require('fs');
    const d = require('office-addin-dev-certs/lib/defaults');
    if (![d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath].every((f) => fs.existsSync(f))) throw error;
    console.warn(`office-addin-dev-certs could not trust its CA (${error.message.split('\n')[0]}); serving with the untrusted certificate.`);
    return { ca: fs.readFileSync(d.caCertificatePath), cert: fs.readFileSync(d.localhostCertificatePath), key: fs.readFileSync(d.localhostKeyPath) };
  }
}

/**
 * The pages may load and send nothing outside their own origin but office.js's own scripts: the add-in makes no
 * network calls, and in file mode a workbook never leaves the browser. This also stops office.js's telemetry frame
 * (telemetryservice.firstpartyapps…), which its host script opens even outside Office. Production only: the dev
 * server needs websockets and eval'd maps.
 */
const csp = (scriptOrigin) => [
  "default-src 'self'",
  `script-src 'self'${scriptOrigin ? ` ${scriptOrigin}` : ''}`,
  "style-src 'self' 'unsafe-inline'", // Fluent UI (griffel) inserts its styles at run time
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The start-up scripts every page loads first, without their whole-line comments (they are not bundled). */
function dropLineComments(content) {
  return Buffer.from(content.toString().split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n'));
}

const tsRule = (dev) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // Type-checking is `npm run typecheck`; the build only strips types, so it stays fast on 2 cores.
    options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: dev } },
  },
});

/** The ES5 start-up check and the icon every page uses, copied beside a page. */
const startupFiles = () => [
  { from: 'assets/*.png', to: 'assets/[name][ext]' },
  // The start-up check: plain ES5, run before anything else on every page (see src/compat/compat.js).
  { from: 'src/compat/compat.js', to: 'compat.js', transform: dropLineComments },
  { from: 'src/compat/probe.js', to: 'probe.js', transform: dropLineComments },
  { from: 'src/compat/unsupported.js', to: 'unsupported.js' },
];

/**
 * File mode on its own (dist/filemode/): index.html and its bundles, no office.js, every URL relative to the page
 * (publicPath ''), so the folder works opened from disk and from any web server. Chunks load as classic <script>
 * tags, which file:// allows (fetch and module workers it blocks). The CSP allows only the folder's own scripts.
 */
function fileModeConfig(dev) {
  return {
    name: 'filemode',
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { filemode: './src/taskpane/filemode.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/filemode'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [tsRule(dev)] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/taskpane/filemode.html', chunks: ['filemode'], csp: dev ? '' : csp(null) }),
      // help.html beside the page: a workbook with no table links to help.html#no-table.
      new CopyWebpackPlugin({ patterns: [...startupFiles(), { from: 'src/taskpane/help.html', to: 'help.html' }] }),
    ],
  };
}

/** office.js and what it loads at run time, for OFFICE_JS=bundled. */
const BUNDLED_OFFICE_FILES = [
  // The host/version file table, each language's strings and the Excel host scripts: without
  // o15apptofilemappingtable.js and office_strings.js Office.onReady never fires.
  { from: `${OFFICE_JS_PACKAGE}/office.js`, to: 'office/office.js' },
  { from: `${OFFICE_JS_PACKAGE}/o15apptofilemappingtable.js`, to: 'office/o15apptofilemappingtable.js' },
  { from: `${OFFICE_JS_PACKAGE}/*/office_strings.js`, to: ({ absoluteFilename }) => `office/${path.basename(path.dirname(absoluteFilename))}/office_strings.js` },
  { from: `${OFFICE_JS_PACKAGE}/excel*.js`, to: 'office/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: `${OFFICE_JS_PACKAGE}/telemetry/*.js`, to: 'office/telemetry/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: `${OFFICE_JS_PACKAGE}/ariatelemetry/*.js`, to: 'office/ariatelemetry/[name][ext]' },
];

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const url = dev ? DEV_URL : addinUrl(env);
  const office = officeJs(env);
  const serving = process.argv.some((a) => a === 'serve' || a.includes('webpack-dev-server'));
  const page = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, csp: dev ? '' : csp(office.origin), officeJs: office.src });
  const excel = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: { keep: /^(wps|filemode)[\\/]/ }, // the WPS add-in's and file mode's own builds
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [tsRule(dev)],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      page('notice.html', './src/commands/notice.html', []),
      new CopyWebpackPlugin({
        patterns: [
          ...startupFiles(),
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'src/commands/notice.js', to: 'notice.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : Buffer.from(rewriteManifest(content.toString(), url))),
          },
          ...(office.choice === 'bundled' ? BUNDLED_OFFICE_FILES : []),
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: { directory: path.resolve(__dirname, 'dist') },
          hot: false,
        }
      : undefined,
  };
  // File mode and the WPS 加载项 are built beside it, except by the dev server (Excel only).
  return serving ? excel : [excel, fileModeConfig(dev), wpsConfig(dev)];
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.addinUrl = addinUrl;
module.exports.officeJs = officeJs;
module.exports.csp = csp;
