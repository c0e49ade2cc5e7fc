// The offline WPS package (scripts/package-wps.ts) from a built add-in folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { jspluginsXml, packageWps } from '../../scripts/package-wps';
import { path7za } from '7zip-bin';

const ROOT = path.resolve(__dirname, '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function builtAddin(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'jixiao-wps-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script src=wps-main.js></script>');
  writeFileSync(path.join(dist, 'ribbon.xml'), readFileSync(path.join(ROOT, 'src/wps/ribbon.xml')));
  mkdirSync(path.join(dist, 'images'));
  writeFileSync(path.join(dist, 'images', 'icon-32.png'), 'png');
  return dist;
}

describe('npm run package:wps', () => {
  it('writes the add-in folder, its 7z, a jsplugins.xml pointing at it and the oem.ini lines', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'jixiao-wps-out-'));
    const made = packageWps({ root: ROOT, dist: builtAddin(), out, url: 'http://oa.czj.example.gov.cn/jixiao/' });
    expect(existsSync(path.join(out, `jixiao_${VERSION}`, 'ribbon.xml'))).toBe(true);
    expect(readFileSync(made.jsplugins, 'utf8')).toContain(`<jsplugin name="jixiao" type="et" url="http://oa.czj.example.gov.cn/jixiao/jixiao.7z" version="${VERSION}" enable="true"/>`);
    expect(readFileSync(path.join(out, 'oem.ini.txt'), 'utf8')).toBe('[Support]\nJsApiPlugin=true\n\n[Server]\nJSPluginsServer=http://oa.czj.example.gov.cn/jixiao/jsplugins.xml\n');
    // The archive holds the folder jixiao_<version>/, as WPS unpacks it into jsaddons.
    const listing = execFileSync(path7za, ['l', made.archive], { encoding: 'utf8' });
    expect(listing).toContain(`jixiao_${VERSION}/ribbon.xml`);
    expect(listing).toContain(`jixiao_${VERSION}/images/icon-32.png`);
    expect(readFileSync(path.join(out, 'install-linux.sh'), 'utf8')).toContain('.local/share/Kingsoft/wps/jsaddons');
    expect(readFileSync(path.join(out, 'install-windows.bat'), 'utf8')).toContain('%APPDATA%\\kingsoft\\wps\\jsaddons');
  });

  it('refuses, in Chinese, when the add-in has not been built', () => {
    expect(() => packageWps({ root: ROOT, dist: mkdtempSync(path.join(tmpdir(), 'empty-')), out: mkdtempSync(path.join(tmpdir(), 'out-')) })).toThrow('请先运行 npm run build');
  });

  it('escapes the list\'s attributes', () => {
    expect(jspluginsXml('http://a/b?x=1&y="2"', '1.0.0')).toContain('url="http://a/b?x=1&amp;y=&quot;2&quot;"');
  });
});
