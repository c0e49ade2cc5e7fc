// The release packages (scripts/package.ts) from a stand-in build: what each zip holds, and the checks that keep a
// stale or wrong build out of a package. The real build, the CLI tarball and an offline install of it are exercised
// by test/e2e/release.e2e.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { bundledPackages, checkAddress, cliPackageJson, manifestAddress, packageAddin, packageFileMode, rootPackage } from '../../scripts/package';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, rewriteManifest } = require('../../webpack.config.js') as {
  addinUrl: (env: { ADDIN_URL: string }) => string;
  rewriteManifest: (xml: string, url: string) => string;
};

const ROOT = path.resolve(__dirname, '../..');
const VERSION = rootPackage(ROOT).version;
const URL_ = 'https://oa.czj.example.gov.cn/jixiao/';
const normalise = (raw: string) => addinUrl({ ADDIN_URL: raw });

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A dist/ as `ADDIN_URL=<url> npm run build` leaves it, with stand-in bundles. */
function builtDist(url = URL_): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'jixiao-dist-'));
  write(path.join(dist, 'manifest.xml'), rewriteManifest(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), url));
  write(path.join(dist, 'taskpane.html'), '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script src="taskpane.1234abcd.js"></script>');
  write(path.join(dist, 'taskpane.1234abcd.js'), '/* pane */');
  write(path.join(dist, 'assets', 'icon-32.png'), 'png');
  write(path.join(dist, 'wps', 'index.html'), '<!-- WPS -->');
  write(path.join(dist, 'filemode', 'index.html'), '<script src="compat.js"></script><script src="filemode.5678abcd.js"></script>');
  write(path.join(dist, 'filemode', 'filemode.5678abcd.js'), '/* file mode */');
  write(path.join(dist, 'filemode', 'xlsx.9abc0def.chunk.js'), '/* ExcelJS */');
  write(path.join(dist, 'filemode', 'compat.js'), '/* ES5 check */');
  return dist;
}

const unzip = (file: string) => unzipSync(readFileSync(file));

describe('the add-in zip', () => {
  test('holds the web files under web/ and manifest.xml for ADDIN_URL beside them, without the WPS build', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'jixiao-release-'));
    const zip = unzip(packageAddin(builtDist(), out, VERSION, URL_));
    const top = `jixiao-addin-${VERSION}`;
    const manifest = strFromU8(zip[`${top}/manifest.xml`]);
    expect(manifestAddress(manifest)).toBe(URL_);
    expect(manifest).toContain(`<bt:Url id="Commands.Url" DefaultValue="${URL_}commands.html"/>`);
    expect(manifest).toContain('<AppDomain>https://oa.czj.example.gov.cn</AppDomain>');
    expect(manifest).not.toContain('localhost');
    expect(Object.keys(zip).filter((n) => n.startsWith(`${top}/web/`)).sort()).toEqual([
      `${top}/web/assets/icon-32.png`,
      `${top}/web/filemode/compat.js`,
      `${top}/web/filemode/filemode.5678abcd.js`,
      `${top}/web/filemode/index.html`,
      `${top}/web/filemode/xlsx.9abc0def.chunk.js`,
      `${top}/web/taskpane.1234abcd.js`,
      `${top}/web/taskpane.html`,
    ]);
    // The note is named in Chinese: the zip flags its names as UTF-8, so it unpacks as 部署说明.txt.
    expect(strFromU8(zip[`${top}/部署说明.txt`])).toContain(`${URL_}taskpane.html`);
  });

  test('the build must have been made for ADDIN_URL', () => {
    const manifest = readFileSync(path.join(builtDist(), 'manifest.xml'), 'utf8');
    expect(checkAddress(manifest, 'https://oa.czj.example.gov.cn/jixiao', normalise)).toBe(URL_); // "/" added as the build adds it
    expect(checkAddress(manifest, undefined, normalise)).toBe(URL_);
    expect(() => checkAddress(manifest, 'https://other.example/jixiao/', normalise)).toThrow(
      `dist/ 是为 ${URL_} 构建的，不是 ADDIN_URL=https://other.example/jixiao/：请用同一个 ADDIN_URL 重新运行 npm run build`,
    );
    const devBuild = readFileSync(path.join(builtDist('https://localhost:3000/'), 'manifest.xml'), 'utf8');
    expect(() => checkAddress(devBuild, URL_, normalise)).toThrow('dist/ 是为 https://localhost:3000/ 构建的');
    expect(() => checkAddress(manifest, 'http://oa.czj.example.gov.cn/jixiao/', normalise)).toThrow('ADDIN_URL must be https');
  });
});

describe('the file-mode zip', () => {
  test('holds dist/filemode alone: no office.js, no task pane, no WPS', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'jixiao-release-'));
    const zip = unzip(packageFileMode(builtDist(), out, VERSION));
    const top = `jixiao-filemode-${VERSION}`;
    expect(Object.keys(zip).sort()).toEqual([
      `${top}/compat.js`,
      `${top}/filemode.5678abcd.js`,
      `${top}/index.html`,
      `${top}/xlsx.9abc0def.chunk.js`,
      `${top}/使用说明.txt`,
    ]);
    expect(strFromU8(zip[`${top}/使用说明.txt`])).toContain('index.html');
  });

  test('refuses a page that loads office.js, and a build without file mode', () => {
    const dist = builtDist();
    write(path.join(dist, 'filemode', 'index.html'), '<script src="office/office.js"></script>');
    expect(() => packageFileMode(dist, mkdtempSync(path.join(tmpdir(), 'out-')), VERSION)).toThrow('文件模式的 index.html 引用了 office.js');
    const bare = mkdtempSync(path.join(tmpdir(), 'jixiao-dist-'));
    expect(() => packageFileMode(bare, mkdtempSync(path.join(tmpdir(), 'out-')), VERSION)).toThrow('请先运行 npm run build');
  });
});

describe('the CLI tarball', () => {
  test('its package.json names no dependency to download, and the command', () => {
    const pkg = cliPackageJson(rootPackage(ROOT));
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'scripts']) {
      expect(pkg).not.toHaveProperty(field);
    }
    expect(pkg).toMatchObject({ name: 'jixiao', version: VERSION, bin: { jixiao: 'bin/jixiao.js' }, engines: { node: '>=20' } });
  });

  test('the licence notice lists each bundled package once, scoped names included', () => {
    const nm = path.join(ROOT, 'node_modules');
    const found = bundledPackages(
      [
        path.join(ROOT, 'src/cli/main.ts'),
        path.join(nm, 'exceljs/dist/exceljs.min.js'),
        path.join(nm, 'saxes/saxes.js'),
        path.join(nm, 'saxes/package.json'),
        path.join(nm, 'fast-xml-parser/lib/fxp.cjs'),
      ],
      ROOT,
    );
    expect(found.map((p) => `${p.name} ${p.license}`)).toEqual(['exceljs MIT', 'fast-xml-parser MIT', 'saxes ISC']);
    expect(found[0].text).toMatch(/MIT License|Permission is hereby granted/);
  });
});
