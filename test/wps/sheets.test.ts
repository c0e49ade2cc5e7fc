// jixiao's own sheets in WPS: 校验结果 and 修改记录 as src/core/sheets.ts lays them out, written through ET with
// their print setup, kept by a recalculation that writes nothing, and deleted by 生成提交版.
import { CHANGE_SHEET, LEDGER_SHEET, REPORT_SHEET } from '../../src/core';
import { STATE_SHEET } from '../../src/wps/state';
import { hostOver, seed002Workbook, SHEET } from './helpers';

const PRINT = { Orientation: 2, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintTitleRows: '$1:$1' };

describe('校验结果 and 修改记录 in WPS', () => {
  it('修改记录 lists the 15 cells recalc wrote in seed 002, row for row as the plan says', async () => {
    const wps = seed002Workbook();
    const [checked] = await hostOver(wps).recalc({});
    const plan = checked.analysis.plan;
    expect(plan.writes).toHaveLength(15);
    const sheet = wps.sheet(CHANGE_SHEET);
    const at = (a: string) => sheet.cells.get(a);
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => at(a)?.value)).toEqual(['序号', '工作表', '单元格', '原值', '新值', '原因']);
    expect(plan.changeSheet.rows.map((r) => r.cell)).toEqual(plan.writes.map((w) => w.cell));
    plan.changeSheet.rows.forEach((row, i) => {
      const r = i + 2;
      expect([at(`A${r}`)?.value, at(`B${r}`)?.value, at(`D${r}`)?.value ?? '', at(`E${r}`)?.value ?? '', at(`F${r}`)?.value]).toEqual([row.index, row.sheet, row.before, row.after, row.why]);
      expect(at(`C${r}`)?.formula).toBe(`=${row.link}`);
    });
    expect(at('A17')).toBeUndefined();
    // Text columns "@": a before value such as "14.30%" stays as the table showed it.
    expect(at('D2')?.numberFormat).toBe('@');
    // Widths 6 16 9 14 14 90 (characters, as ET takes them), the reason wrapped, the header bold, printed for paper.
    expect([...(sheet.columnWidths ?? [])].sort((a, b) => a[0] - b[0])).toEqual([[0, 6], [1, 16], [2, 9], [3, 14], [4, 14], [5, 90]]);
    expect(sheet.formats?.get('F2')?.wrapText).toBe(true);
    expect(sheet.formats?.get('A2')?.wrapText).toBeUndefined();
    expect(sheet.formats?.get('C1')?.bold).toBe(true);
    expect(sheet.pageSetup).toEqual(PRINT);
    expect(sheet.visible).toBe(-1);
  });

  it('校验结果: group line merged and bold, widths, the message wrapped, rows fitted, A4 landscape one page wide', async () => {
    const wps = seed002Workbook();
    await hostOver(wps).recalc({});
    const report = wps.sheet(REPORT_SHEET);
    expect(report.formats?.get('A2')?.bold).toBe(true);
    expect(report.formats?.get('A3')?.bold).toBeUndefined();
    expect(report.formats?.get('G3')?.wrapText).toBe(true);
    expect(report.formats?.get('G2')?.wrapText).toBe(false);
    expect(report.formats?.get('A3')?.verticalAlignment).toBe(-4160);
    expect([...(report.columnWidths ?? [])].sort((a, b) => a[0] - b[0]).map(([, w]) => w)).toEqual([6, 9, 18, 20, 14, 9, 60, 12, 12]);
    // Header, the group line and seven findings: rows 1–9.
    expect([...(report.autofitRows ?? [])].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.pageSetup).toEqual(PRINT);
  });

  it('are written all the same, with the default print setup, by a WPS without PageSetup', async () => {
    const wps = seed002Workbook();
    wps.pageSetupAvailable = false;
    await hostOver(wps).recalc({});
    expect(wps.sheet(REPORT_SHEET).pageSetup).toBeUndefined();
    expect(wps.sheet(REPORT_SHEET).cells.get('A2')?.value).toBe('提示 7 处（供参考）');
    expect(wps.sheet(CHANGE_SHEET).cells.get('A16')?.value).toBe(15);
  });

  it('recalculating a recalculated workbook writes nothing: 修改记录 and 校验结果 stay as they are', async () => {
    const once = seed002Workbook();
    await hostOver(once).recalc({});
    const twice = seed002Workbook();
    const host = hostOver(twice);
    await host.recalc({});
    const calls = twice.calls;
    const [second] = await host.recalc({});
    expect(second.analysis.plan.writes).toEqual([]);
    expect(twice.dump()).toEqual(once.dump());
    expect(twice.sheet(CHANGE_SHEET).cells.get('A16')?.value).toBe(15);
    // Nothing rewritten: the second pass is a read, and the bridge calls show it.
    expect(twice.calls - calls).toBeLessThan(calls);
  });

  it('撤销本次写入 empties the 修改记录: the cells it lists hold their old values again', async () => {
    const wps = seed002Workbook();
    const host = hostOver(wps);
    await host.recalc({});
    await host.undoLastRecalc();
    expect(wps.cell(SHEET, 'I10')?.value).toBe(0.0143);
    expect(wps.sheet(CHANGE_SHEET).cells.size).toBe(0);
  });
});

describe('生成提交版 in WPS', () => {
  it('deletes 校验结果, 修改记录 and the ledger, keeps the values and the pane\'s settings, and says what it removed', async () => {
    const wps = seed002Workbook();
    const host = hostOver(wps);
    await host.saveSettings({ profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] });
    await host.recalc({});
    const result = await host.clean();
    expect(result.sheets).toEqual([REPORT_SHEET, CHANGE_SHEET, LEDGER_SHEET]);
    expect(result.restored).toBe(7);
    // The state sheet stays for the settings (very hidden), with no undo record in it.
    expect(wps.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明', STATE_SHEET]);
    expect(host.undoState().available).toBe(false);
    expect(wps.cell(SHEET, 'I10')?.value).toBe(0.143);
    expect(wps.sheet(SHEET).comments.size).toBe(0);
    expect(wps.deletePrompts).toEqual([]);
  });

  it('refuses in a workbook whose structure is protected, before changing anything', async () => {
    const wps = seed002Workbook();
    const host = hostOver(wps);
    await host.recalc({});
    wps.protectStructure = true;
    const before = JSON.stringify(wps.dump());
    await expect(host.clean()).rejects.toThrow('工作簿结构受保护，无法删除“校验结果”“修改记录”和标记记录工作表：请先在“审阅”中撤销工作簿保护，再生成提交版。未做任何修改。');
    expect(JSON.stringify(wps.dump())).toBe(before);
  });
});
