// Takes docs/report-sheet.png and docs/change-sheet.png: the 校验结果 sheet of `jixiao recalc` on
// samples/projects-2021-rongjiang.xlsx (errors and warnings remain) and the 修改记录 sheet of `npm run demo`'s output
// (its 15 writes), each as LibreOffice prints it (A4 landscape, one page wide). Needs the built CLI
// (npm run build:cli), soffice, pdftoppm (poppler-utils) and a CJK font (fonts-noto-cjk).
//   node -r ./bench/register.js docs/make-report-sheet.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '..');

async function shoot(sample: string, sheet: string, png: string, height: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-report-shot-'));
  try {
    const out = path.join(dir, 'out.xlsx');
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'recalc', sample, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error; // 1: errors remain, as in the rongjiang sample
    }
    // Only the sheet to show, so the PDF's first page is it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const ws of [...workbook.worksheets]) if (ws.name !== sheet) workbook.removeWorksheet(ws.id);
    const one = path.join(dir, 'sheet.xlsx');
    await workbook.xlsx.writeFile(one);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, one], { stdio: 'ignore', timeout: 180_000 });
    const page = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-x', '40', '-y', '60', '-W', '1250', '-H', String(height), '-singlefile', path.join(dir, 'sheet.pdf'), page]);
    fs.copyFileSync(`${page}.png`, path.join(ROOT, 'docs', png));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void (async () => {
  await shoot('samples/projects-2021-rongjiang.xlsx', '校验结果', 'report-sheet.png', 330);
  await shoot('samples/department-2021-jinshui.xlsx', '修改记录', 'change-sheet.png', 420);
})();
