// The ribbon's 一键重算, over the fake Excel with the real engine.
import { analyzeWorkbook, REPORT_SHEET } from '../../src/core';
import { recalcAll, summarize } from '../../src/commands/recalc';
import { FakeExcel } from '../fakes/excel';
import { hostOver, seedWorkbook } from './helpers';
import { planOf } from '../support/plans';

const SHEET = '部门整体绩效自评表';

function command(excel: FakeExcel) {
  const host = hostOver(excel, { analyze: analyzeWorkbook, delayForCellEdit: true, showReportAfterRecalc: true });
  const messages: string[] = [];
  const event = { completed: jest.fn() };
  return { host, messages, event, run: () => recalcAll(event, host, (m) => void messages.push(m)) };
}

describe('一键重算 (ExecuteFunction recalcAll)', () => {
  it('recalculates every table with the stored settings, then brings 校验结果 forward', async () => {
    const { excel } = seedWorkbook();
    excel.settings.set('jixiao.settings', JSON.stringify({ profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] }));
    const { run, event, messages } = command(excel);
    const result = await run();
    expect(result.ok).toBe(true);
    expect(result.message).toBe('已重算 1 张自评表，写入 9 个单元格；没有需要人工处理的错误或警告。');
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toEqual([]);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    expect(excel.activeSheetId).toBe(excel.sheet(REPORT_SHEET).id);
    expect(excel.selection).toEqual({ sheet: REPORT_SHEET, address: 'A1' });
    // Cold start (no pane open): discover the sheets, read them with the settings, apply.
    expect(excel.syncCount).toBe(3);
    expect(excel.runs).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true }]);
  });

  it('honours ignores stored by the pane: an ignored finding is not marked', async () => {
    const { excel } = seedWorkbook({ rows: 50 });
    const first = command(excel);
    const marked = (await first.run()).checked![0].analysis.plan.marks;
    expect(marked.length).toBeGreaterThan(0);
    const target = marked[0];
    const fresh = seedWorkbook({ rows: 50 }).excel;
    const finding = (await hostOver(fresh, { analyze: analyzeWorkbook }).check({}))[0].analysis.report.findings.find((f) => f.cell === target.cell)!;
    fresh.settings.set('jixiao.settings', JSON.stringify({ profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [{ rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason: '已说明' }] }));
    await command(fresh).run();
    expect(fresh.cell(SHEET, target.cell)?.fill).toBeUndefined();
    expect(excel.cell(SHEET, target.cell)?.fill).toBe(target.fill);
  });

  it('says why when a sheet is protected, and writes nothing', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.protected = true;
    const original = excel.dump();
    const { run, event, messages } = command(excel);
    const result = await run();
    expect(result.ok).toBe(false);
    expect(messages).toEqual([`工作表“${SHEET}”受保护，无法写入计算结果和标记：请先在“审阅”中撤销工作表保护后再重算。未写入任何内容。`]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.dump()).toEqual(original);
  });

  it('writes nothing to a workbook without a self-evaluation table, and says so', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1', [['姓名', '电话'], ['张三', '123']]);
    const original = excel.dump();
    const { run, messages } = command(excel);
    await run();
    expect(messages).toEqual(['没有在工作簿中找到绩效自评表，未写入任何内容。']);
    expect(excel.dump()).toEqual(original);
  });

  it('summarizes errors and warnings that remain', () => {
    const finding = { rule: 'weight-mismatch' as const, severity: 'error' as const, sheet: 'S', cell: 'H17', related: [], message: '', expected: 100, actual: 70, fixable: false };
    const checked = [{ name: 'wb', analysis: { report: { profile: 'national', tables: [{ sheet: 'S', kind: 'department' as const, range: 'A1:I9', groups: [] }], findings: [finding], writes: [] }, remaining: [finding, { ...finding, severity: 'warning' as const }, { ...finding, ignored: { reason: 'x' } }], tablesAfter: [], settled: [], plan: planOf({}) } }];
    expect(summarize(checked)).toBe('已重算 1 张自评表，写入 0 个单元格；仍有 1 个错误、1 个警告，详见“校验结果”工作表。');
  });
});

describe('commands.ts (the function file)', () => {
  it('registers recalcAll with Office.actions and as a global for older clients', async () => {
    const associated: Record<string, unknown> = {};
    let ready: (() => void) | undefined;
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = { onReady: (cb: () => void) => ((ready = cb), Promise.resolve()), actions: { associate: (name: string, fn: unknown) => (associated[name] = fn) } };
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/commands');
      });
      ready?.();
      expect(Object.keys(associated)).toEqual(['recalcAll']);
      expect(typeof g.recalcAll).toBe('function');
      expect(associated.recalcAll).toBe(g.recalcAll);
    } finally {
      delete g.Office;
      delete g.recalcAll;
    }
  });
});
