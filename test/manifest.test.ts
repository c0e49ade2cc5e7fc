// Offline validation of manifest.xml (`npm run validate` needs the internet): well-formed, the elements Office
// requires, unique ids, every resid defined, URLs on one origin, and every file they name present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Override', 'bt:Override', 'Control', 'bt:Image', 'bt:Url', 'bt:String', 'Host', 'AppDomain', 'Set'].includes(name) });
const doc = parser.parse(xml);
const app = doc.OfficeApp;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as { rewriteManifest(xml: string, url: string): string; addinUrl(env: unknown): string };

/** Every value of an attribute anywhere in the document. */
function attributes(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, name, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === `@${name}` && typeof v === 'string') out.push(v);
      else attributes(v, name, out);
    }
  return out;
}

const body = xml.replace(/<!--[\s\S]*?-->/g, '');
const urls = [...new Set((body.match(/https?:\/\/[^"<\s]+/g) ?? []).filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org')))];

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares an Excel task pane add-in that reads and writes the workbook, zh-CN first with en-US', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.ProviderName).toBeTruthy();
    expect(app.DefaultLocale).toBe('zh-CN');
    expect(app.DisplayName['@DefaultValue']).toBe('绩效自评助手');
    expect(app.DisplayName.Override[0]['@Locale']).toBe('en-US');
    expect(app.Description.Override[0]['@Locale']).toBe('en-US');
    expect(app.Hosts.Host.map((h: { '@Name': string }) => h['@Name'])).toEqual(['Workbook']);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
    expect(app.Requirements.Sets.Set[0]).toEqual({ '@Name': 'ExcelApi', '@MinVersion': '1.9' });
    // The elements must come in the order the schema lists them.
    const order = ['<Id>', '<Version>', '<ProviderName>', '<DefaultLocale>', '<DisplayName', '<Description', '<IconUrl', '<HighResolutionIconUrl', '<SupportUrl', '<AppDomains>', '<Hosts>', '<Requirements>', '<DefaultSettings>', '<Permissions>', '<VersionOverrides'];
    const positions = order.map((tag) => xml.indexOf(tag));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('puts 一键重算 (ExecuteFunction recalcAll) and 自评助手 (ShowTaskpane) in a group on the Home tab', () => {
    const host = app.VersionOverrides.Hosts.Host[0];
    expect(host['@xsi:type']).toBe('Workbook');
    const surface = host.DesktopFormFactor.ExtensionPoint;
    expect(surface['@xsi:type']).toBe('PrimaryCommandSurface');
    expect(surface.OfficeTab['@id']).toBe('TabHome');
    const controls = surface.OfficeTab.Group.Control;
    const strings = app.VersionOverrides.Resources['bt:ShortStrings']['bt:String'] as { '@id': string; '@DefaultValue': string }[];
    const label = (resid: string) => strings.find((s) => s['@id'] === resid)?.['@DefaultValue'];
    expect(controls.map((c: { Label: { '@resid': string } }) => label(c.Label['@resid']))).toEqual(['一键重算', '自评助手']);
    expect(controls[0].Action['@xsi:type']).toBe('ExecuteFunction');
    expect(controls[0].Action.FunctionName).toBe('recalcAll');
    expect(controls[1].Action['@xsi:type']).toBe('ShowTaskpane');
    // The function the button names is the one commands.ts registers.
    expect(fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("Office.actions.associate('recalcAll'");
  });

  it('has unique ids and defines every resid it uses', () => {
    const ids = attributes(app, 'id');
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = attributes(app, 'resid');
    const missing = resids.filter((r) => !ids.includes(r));
    expect(missing).toEqual([]);
  });

  it('keeps every string within Office\'s limits and gives each an en-US override', () => {
    const resources = app.VersionOverrides.Resources;
    for (const [kind, limit] of [['bt:ShortStrings', 125], ['bt:LongStrings', 250]] as const) {
      for (const s of resources[kind]['bt:String']) {
        expect(s['@DefaultValue'].length).toBeLessThanOrEqual(limit);
        expect(s['bt:Override'][0]['@Locale']).toBe('en-US');
        expect(s['bt:Override'][0]['@Value'].length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('points every URL at one https origin, listed in AppDomains', () => {
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
    expect(app.AppDomains.AppDomain).toEqual(['https://localhost:3000']);
  });

  it('names only files the build produces: icons at 16/32/80 px exist, pages have their sources', () => {
    const pageSources: Record<string, string> = {
      'taskpane.html': 'src/taskpane/taskpane.html',
      'commands.html': 'src/commands/commands.html',
      'help.html': 'src/taskpane/help.html',
    };
    for (const u of urls.filter((x) => new URL(x).pathname !== '/')) {
      const file = new URL(u).pathname.slice(1);
      const source = file.startsWith('assets/') ? file : pageSources[file];
      expect({ url: u, exists: !!source && fs.existsSync(path.join(ROOT, source)) }).toEqual({ url: u, exists: true });
    }
    for (const size of [16, 32, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('is rewritten for production to the URL given at build time', () => {
    const url = webpackConfig.addinUrl({ ADDIN_URL: 'https://intranet.czj.gov.cn/jixiao' });
    expect(url).toBe('https://intranet.czj.gov.cn/jixiao/');
    const rewritten = webpackConfig.rewriteManifest(xml, url);
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://intranet.czj.gov.cn/jixiao/taskpane.html"/>');
    expect(rewritten).toContain('<AppDomain>https://intranet.czj.gov.cn</AppDomain>');
    expect(XMLValidator.validate(rewritten)).toBe(true);
    expect(() => webpackConfig.addinUrl({ ADDIN_URL: 'http://intranet/jixiao/' })).toThrow(/https/);
  });
});
