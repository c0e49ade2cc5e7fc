// Found by the fuzz suite: a rate cell merged over two task rows is the derived cell of both. Each row wants its own
// rate in it, so recalc writes neither (writing one makes the other wrong, and the next run would flip it back):
// both findings stay, and recalc twice gives what recalc once gives.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/engine';
import { applyPlan, readWorkbook } from '../../src/file';
import { loadWorkbook, toBytes } from '../cli/workbooks';

jest.setTimeout(30_000);

const SAMPLE = path.resolve(__dirname, '../../samples/department-2021-jinshui.xlsx');

it('a rate merged over 任务2 and 任务3 is not written, and recalc is stable', async () => {
  const workbook = await loadWorkbook(fs.readFileSync(SAMPLE));
  const sheet = workbook.getWorksheet('部门整体自评表')!;
  // J11 任务2 机要保密局经费 10.86 ÷ 46.5 = 23.35%; J12 任务3 党史研究室经费 2.58 ÷ 12 = 21.50%
  expect([sheet.getCell('C11').value, sheet.getCell('C12').value]).toEqual(['任务 2:', '任务 3:']);
  sheet.mergeCells('J11:J12');
  const input = await toBytes(workbook);

  const first = analyzeWorkbook((await readWorkbook(input)).grids);
  expect(first.report.writes.filter((w) => w.cell === 'J11' || w.cell === 'J12')).toEqual([]);
  // the merged area shows 23.36% for both rows: task 3's 21.50% is a finding on the area's cell, J11
  const onJ = first.remaining.filter((f) => f.cell === 'J11').map((f) => f.expected);
  expect(onJ).toContain(0.215);

  const once = await applyPlan(input, first.plan);
  const second = analyzeWorkbook((await readWorkbook(once)).grids);
  expect(second.report.writes).toEqual([]);
  expect((await loadWorkbook(once)).getWorksheet('部门整体自评表')!.getCell('J11').value).toBe(0.2336); // as typed
});
