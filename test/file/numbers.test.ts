// Non-finite and absurd numbers at the .xlsx level, and a derived cell formatted as a date, end to end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { Finding } from '../../src/core/report';
import { isDateFormat } from '../../src/core/text';
import { loadWorkbook, projectWorkbook, toBytes } from '../cli/workbooks';

jest.setTimeout(30_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-numbers-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The project table (columns F 年初 … K 得分; rows from projectWorkbook) with 1e308 executed, "NaN" as an actual,
 *  and the score of 档案数字化页数 typed as 9 into a cell formatted as a date. */
async function oddNumbers() {
  const project = await projectWorkbook();
  const workbook = await loadWorkbook(project.bytes);
  const sheet = workbook.getWorksheet('档案馆建设经费')!;
  sheet.getCell(`H${project.fundsRow}`).value = 1e308;
  const costRow = project.overCompletionRow + 4; // 档案库房改造成本 ≤30万元
  sheet.getCell(`H${costRow}`).value = 'NaN';
  const pagesRow = project.overCompletionRow + 1; // 档案数字化页数: 176800 against ≥150000, weight 10
  sheet.getCell(`J${pagesRow}`).value = 9;
  sheet.getCell(`J${pagesRow}`).numFmt = 'yyyy/m/d';
  return { bytes: await toBytes(workbook), executed: `H${project.fundsRow}`, cost: `H${costRow}`, pagesScore: `J${pagesRow}` };
}

it('1e308 and "NaN" are not-a-number findings, and no message says NaN or Infinity', async () => {
  const odd = await oddNumbers();
  const input = path.join(dir, 'odd.xlsx');
  fs.writeFileSync(input, odd.bytes);
  const r = await run('check', input, '--json');
  const findings: Finding[] = JSON.parse(r.stdout).findings;
  const notANumber = findings.filter((f) => f.rule === 'not-a-number').map((f) => f.cell);
  expect(notANumber).toEqual(expect.arrayContaining([odd.executed, odd.cost]));
  const executed = findings.find((f) => f.rule === 'not-a-number' && f.cell === odd.executed)!;
  expect(executed.message).toBe('年度资金总额 的执行数为 1e+308，超出可核算的范围（绝对值须小于 10 的 15 次方），请检查是否输错');
  // Only the person's own text, quoted “NaN”, may say NaN; nothing the program computed does.
  const computed = (text: string) => text.replace(/“[^”]*”/g, '“”');
  for (const f of findings) expect(computed(f.message)).not.toMatch(/NaN|Infinity/);
  expect(computed((await run('check', input)).stdout)).not.toMatch(/NaN|Infinity/);
});

it('recalc writes nothing non-finite, and a score into a date-formatted cell gets a number format', async () => {
  const odd = await oddNumbers();
  const input = path.join(dir, 'odd-recalc.xlsx');
  fs.writeFileSync(input, odd.bytes);
  const output = path.join(dir, 'odd-recalc.out.xlsx');
  const r = await run('recalc', input, '-o', output, '--json');
  expect([0, 1]).toContain(r.code);
  const written = JSON.parse(r.stdout).writes;
  // 176800 ≥ 150000: the full weight, 10 (domain.md §2, 正向)
  expect(written).toContainEqual({ sheet: '档案馆建设经费', cell: odd.pagesScore, before: 9, after: 10, numFmt: 'General' });
  const bytes = fs.readFileSync(output);
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && !zip.files[n].dir)) {
    const xml = await zip.file(name)!.async('string');
    expect([name, /<v>[^<]*(NaN|Infinity)[^<]*<\/v>/.test(xml)]).toEqual([name, false]);
  }
  const cell = (await loadWorkbook(bytes)).getWorksheet('档案馆建设经费')!.getCell(odd.pagesScore);
  expect(cell.value).toBe(10); // ExcelJS would hand back a Date for a cell still formatted as one
  expect(isDateFormat(cell.numFmt)).toBe(false); // General: ExcelJS reads numFmtId 0 back as no format
});
