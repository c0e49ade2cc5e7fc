// Bundles a TypeScript entry (the fake Office/Excel host in test/fakes plus its browser glue) into one classic
// script that page.addInitScript can run before the task pane's own scripts. Uses webpack + ts-loader, both
// already dev dependencies; the bundle is written under test-artifacts/ and read back as a string.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import webpack from 'webpack';

export async function bundleForBrowser(entry: string, outFile: string): Promise<string> {
  const outDir = path.dirname(path.resolve(outFile));
  await fs.mkdir(outDir, { recursive: true });
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.resolve(entry),
    output: { path: outDir, filename: path.basename(outFile), iife: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'esnext', target: 'es2020', noEmit: false, sourceMap: false },
          },
        },
      ],
    },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
  return fs.readFile(path.resolve(outFile), 'utf8');
}
