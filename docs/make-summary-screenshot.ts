// Takes docs/summary-sheet.png: the 汇总 sheet of `jixiao summary samples/ -o 汇总.xlsx` as LibreOffice prints it
// (A4 landscape, fitted to the width). Needs the built CLI (npm run build:cli), soffice and pdftoppm (poppler-utils).
//   node -r ./bench/register.js docs/make-summary-screenshot.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-summary-shot-'));
try {
  const xlsx = path.join(dir, '汇总.xlsx');
  // Exit 1 is expected: the samples carry their seeds' real slips.
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'summary', 'samples', '-o', xlsx], { cwd: ROOT, stdio: 'ignore' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', path.join(dir, '汇总.pdf'), path.join(dir, 'page')]);
  const out = path.join(__dirname, 'summary-sheet.png');
  fs.copyFileSync(path.join(dir, 'page.png'), out);
  console.log(`wrote ${out}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
