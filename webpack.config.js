 
// Builds the Excel add-in into dist/: taskpane.html + commands.html (and their bundles), the icons, office.js from
// the @microsoft/office-js package (so nothing is fetched from Microsoft's CDN), and manifest.xml.
//
//   npm run build                                   → URLs stay https://localhost:3000/
//   ADDIN_URL=https://intranet.example/jixiao/ npm run build   → dist/manifest.xml points at that server
//   npm run dev-server                              → https://localhost:3000 with office-addin-dev-certs
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const wpsConfig = require('./webpack.wps');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS = 'node_modules/@microsoft/office-js/dist';

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
 * The pages may load and send nothing outside their own origin: the add-in makes no network calls, and in file mode a
 * workbook never leaves the browser. This also stops office.js's telemetry frame (telemetryservice.firstpartyapps…),
 * which its host script opens even outside Office. Production only: the dev server needs websockets and eval'd maps.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const url = dev ? DEV_URL : addinUrl(env);
  const serving = process.argv.some((a) => a === 'serve' || a.includes('webpack-dev-server'));
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
      clean: { keep: /^wps[\\/]/ }, // dist/wps/ is the WPS add-in's own build (webpack.wps.js)
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`; the build only strips types, so it stays fast on 2 cores.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: dev ? '' : CSP }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], csp: dev ? '' : CSP }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'src/commands/notice.html', to: 'notice.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : Buffer.from(rewriteManifest(content.toString(), url))),
          },
          // office.js and what it loads at run time: the host/version file table, each language's strings and the
          // Excel host scripts. Without o15apptofilemappingtable.js and office_strings.js Office.onReady never fires.
          { from: `${OFFICE_JS}/office.js`, to: 'office/office.js' },
          { from: `${OFFICE_JS}/o15apptofilemappingtable.js`, to: 'office/o15apptofilemappingtable.js' },
          { from: `${OFFICE_JS}/*/office_strings.js`, to: ({ absoluteFilename }) => `office/${path.basename(path.dirname(absoluteFilename))}/office_strings.js` },
          { from: `${OFFICE_JS}/excel*.js`, to: 'office/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] } },
          { from: `${OFFICE_JS}/telemetry/*.js`, to: 'office/telemetry/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] } },
          { from: `${OFFICE_JS}/ariatelemetry/*.js`, to: 'office/ariatelemetry/[name][ext]' },
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
  // The WPS 加载项 is built beside it, except by the dev server (Excel only).
  return serving ? excel : [excel, wpsConfig(dev)];
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.addinUrl = addinUrl;
