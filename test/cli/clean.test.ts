// `jixiao clean in.xlsx -o out.xlsx` through main(): the copy to submit, on seed 002 recalculated first.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { CHANGE_SHEET, LEDGER_SHEET, REPORT_SHEET } from '../../src/core/marks';
import { readWorkbook } from '../../src/file';
import { USER_FILL, USER_NOTE, loadWorkbook, seed002Workbook } from './workbooks';

jest.setTimeout(30_000); // ExcelJS round trips on two shared cores

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
let seed: Awaited<ReturnType<typeof seed002Workbook>>;
let input: string;
let recalculated: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-clean-'));
  seed = await seed002Workbook();
  input = path.join(dir, 'seed002.xlsx');
  fs.writeFileSync(input, seed.bytes);
  recalculated = path.join(dir, 'seed002.checked.xlsx');
  expect((await run('recalc', input, '-o', recalculated)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jixiao clean', () => {
  it('keeps the values recalc wrote and removes every mark, note and jixiao sheet', async () => {
    const out = path.join(dir, 'seed002.提交版.xlsx');
    const r = await run('clean', recalculated, '-o', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('已生成提交版');
    expect(r.stdout).toContain(`删去工作表“${REPORT_SHEET}”“${CHANGE_SHEET}”“${LEDGER_SHEET}”`);
    const workbook = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['自评表']);
    const sheet = workbook.getWorksheet('自评表')!;
    // 1.43 of 10: the rate recalc wrote stays; the user's own fill and note are back
    expect(sheet.getCell(seed.cells.task5Rate).value).toBeCloseTo(0.143, 6);
    expect(sheet.getCell(seed.cells.budgetScore).value).toBe(10);
    expect(sheet.getCell(seed.cells.userMarked).fill).toEqual(USER_FILL);
    expect(sheet.getCell(seed.cells.userMarked).note).toBe(USER_NOTE);
    let ours = 0;
    sheet.eachRow((row) => row.eachCell((cell) => void (String(cell.note ?? '').includes('绩效自评助手') && ours++)));
    expect(ours).toBe(0);
    // and the engine reads the clean copy as a table with no error left
    const check = await run('check', out, '--json');
    expect(check.code).toBe(0);
    expect((await readWorkbook(new Uint8Array(fs.readFileSync(out)))).ledger).toEqual([]);
  });

  it('prints JSON with --json', async () => {
    const out = path.join(dir, 'json.xlsx');
    const r = await run('clean', recalculated, '-o', out, '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ file: recalculated, output: out, removedSheets: [REPORT_SHEET, CHANGE_SHEET, LEDGER_SHEET] });
  });

  it('says a workbook without marks needs nothing, and still writes the copy', async () => {
    const out = path.join(dir, 'plain.xlsx');
    const r = await run('clean', input, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有 jixiao 留下的标记');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('refuses bad use with one zh-CN line and writes nothing', async () => {
    const cases: [string[], string][] = [
      [['clean', recalculated], 'jixiao clean 需要用 -o 指定输出文件，例如 -o 提交版.xlsx\n'],
      [['clean', recalculated, input, '-o', 'x.xlsx'], 'jixiao clean 一次只处理一个文件\n'],
      [['clean', recalculated, '-o', 'x.xlsx', '--profile', 'yitihua'], 'jixiao clean 只去掉标记、不做检查，不接受 --profile\n'],
      [['clean', recalculated, '-o', recalculated], `jixiao：输出文件不能与输入文件相同（${recalculated}），原文件不会被改动\n`],
      [['clean', path.join(dir, 'missing.xlsx'), '-o', path.join(dir, 'never.xlsx')], expect.stringMatching(/^jixiao：.*missing\.xlsx/) as unknown as string],
    ];
    for (const [argv, stderr] of cases) {
      const before = fs.readdirSync(dir).sort();
      const r = await run(...argv);
      expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 2, stderr]);
      expect(fs.readdirSync(dir).sort()).toEqual(before);
    }
  });
});
