 
// Builds the WPS 加载项 into dist/wps/: a self-contained add-in folder as WPS loads it (index.html + ribbon.xml at its
// root, the task pane page, the bundles, images/). No office.js: WPS gives the page its own window.Application.
// Used by webpack.config.js; scripts/package-wps.ts packs dist/wps/ for intranets.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = function wpsConfig(dev) {
  return {
    name: 'wps',
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      'wps-main': './src/wps/main.ts',
      'wps-taskpane': './src/taskpane/wps/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/wps'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      // WPS loads an offline add-in from a local folder: every URL stays relative to the page.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['wps-main'], scriptLoading: 'blocking', inject: 'head' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/wps/taskpane.html', chunks: ['wps-taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-32.png', to: 'images/icon-32.png' },
          // The pane links to it when a workbook holds no table (help.html#no-table).
          { from: 'src/taskpane/help.html', to: 'help.html' },
        ],
      }),
    ],
  };
};
