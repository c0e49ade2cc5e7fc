// The file-mode Host with a stand-in adapter and engine: what it reads, writes, keeps and reports.
import { type Analysis, type CellValue, type EngineOptions, type Grid, gridFromRows, type TableReport, valueAt, type WritePlan } from '../../src/core';
import { checkedFileName, FileHost, type FileAdapter, NO_TABLE_TO_DOWNLOAD } from '../../src/taskpane/file/fileHost';
import { engineOptions } from '../../src/host';
import { defaultSettings, readSettings, SETTINGS_KEY } from '../../src/taskpane/file/settings';
import { changeSheetOf, reportSheetOf } from '../support/plans';

const enc = new TextEncoder();
const dec = new TextDecoder();

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

/** "bytes" are text: "sheet|A1=v;B2=w". Applying a plan appends "+writes". */
function textAdapter(calls: string[]): FileAdapter {
  return {
    async readWorkbook(bytes) {
      const text = dec.decode(bytes);
      calls.push(`read:${text}`);
      if (text.startsWith('BAD')) throw Object.assign(new Error('corrupt'), { reason: '不是 Excel 工作簿（.xlsx）文件' });
      const [sheet, cells] = text.split('|');
      const values: CellValue[][] = [[null, null], [null, null]];
      for (const part of (cells ?? '').split(';').filter(Boolean)) {
        const [addr, v] = part.split('=');
        const col = addr.charCodeAt(0) - 65;
        const row = Number(addr.slice(1)) - 1;
        values[row][col] = isNaN(Number(v)) ? v : Number(v);
      }
      return { grids: [gridFromRows(sheet, values, { formats: [[null, null], [null, '0.00%']] })] };
    },
    async applyPlan(bytes, plan) {
      calls.push(`apply:${plan.writes.length}`);
      return enc.encode(`${dec.decode(bytes)}+${plan.writes.map((w) => `${w.cell}=${w.after}`).join(',')}`);
    },
    async removeMarks(bytes) {
      calls.push('unmark');
      return enc.encode(`${dec.decode(bytes)}-marks`);
    },
    async cleanCopy(bytes) {
      const text = dec.decode(bytes);
      calls.push(`clean:${text}`);
      // A copy made from a recalc output has a mark to restore and jixiao's two sheets to drop.
      const recalculated = text.includes('+');
      return { bytes: enc.encode(`${text}-clean`), stats: { restored: recalculated ? 1 : 0, sheets: recalculated ? ['校验结果', '修改记录'] : [] } };
    },
    async buildSummaryWorkbook(report) {
      calls.push(`summary:${report.files.map((f) => f.file).join(',')}`);
      return enc.encode(JSON.stringify(report.totals));
    },
  };
}

/** A stand-in engine: one table whose B2 rate recalc writes as 0.143, except on a sheet named 封面 (no table there). */
function fakeAnalyze(seen: EngineOptions[]) {
  return (grids: Grid[], options: EngineOptions): Analysis => {
    seen.push(options);
    const tables: TableReport[] = grids[0].sheet === '封面' ? [] : [{ sheet: grids[0].sheet, kind: 'project', range: 'A1:B2', groups: [], coverage: { read: 0, rows: 0 } }];
    const plan: WritePlan = {
      writes: [{ sheet: grids[0].sheet, cell: 'B2', before: valueAt(grids[0], 1, 1), after: 0.143, numFmt: '0.00%' }],
      marks: [],
      reportSheet: reportSheetOf(),
      changeSheet: changeSheetOf(),
    };
    return {
      report: {
        profile: options.profile ?? 'national',
        tables,
        findings: [
          {
            rule: 'rate-mismatch',
            severity: 'error',
            sheet: grids[0].sheet,
            cell: 'B2',
            related: [],
            message: '预算执行率应为 14.30%',
            expected: 0.143,
            actual: valueAt(grids[0], 1, 1) as number,
            fixable: true,
          },
        ],
        writes: plan.writes,
      },
      remaining: [],
      tablesAfter: tables,
      settled: plan.writes,
      plan,
    };
  };
}

describe('FileHost', () => {
  test('opens files, checks without writing, recalcs from the original bytes every time', async () => {
    const calls: string[] = [];
    const seen: EngineOptions[] = [];
    const host = new FileHost(async () => textAdapter(calls), memoryStorage(), fakeAnalyze(seen));
    const failed = await host.open([{ name: 'a.xlsx', bytes: enc.encode('自评表|A1=任务 5;B2=0.0143') }]);
    expect(failed).toEqual([]);
    expect(host.fileNames()).toEqual(['a.xlsx']);

    const checked = await host.check({ profile: 'yitihua' });
    expect(checked).toHaveLength(1);
    expect(checked[0].name).toBe('a.xlsx');
    expect(checked[0].analysis.report.file).toBe('a.xlsx');
    expect(checked[0].analysis.report.findings[0].actual).toBe(0.0143);
    expect(seen[0].profile).toBe('yitihua');
    expect(calls).toEqual(['read:自评表|A1=任务 5;B2=0.0143']);
    expect(host.state().files[0].hasOutput).toBe(false);

    await host.recalc({});
    await host.recalc({});
    const out = dec.decode(await host.checkedBytes('a.xlsx', {}));
    // Twice recalculated, still one set of writes on the original bytes.
    expect(out).toBe('自评表|A1=任务 5;B2=0.0143+B2=0.143');
    expect(calls.filter((c) => c.startsWith('apply'))).toEqual(['apply:1', 'apply:1']);
    expect(host.state().files[0].hasOutput).toBe(true);
  });

  test('download before any recalc computes the output on demand; clearMarks strips marks from it', async () => {
    const calls: string[] = [];
    const host = new FileHost(async () => textAdapter(calls), memoryStorage(), fakeAnalyze([]));
    await host.open([{ name: 'b.xlsx', bytes: enc.encode('S|B2=5') }]);
    expect(dec.decode(await host.checkedBytes('b.xlsx', {}))).toBe('S|B2=5+B2=0.143');
    await host.clearMarks();
    expect(dec.decode(await host.checkedBytes('b.xlsx', {}))).toBe('S|B2=5+B2=0.143-marks');
    await expect(host.checkedBytes('nope.xlsx', {})).rejects.toThrow('没有打开文件“nope.xlsx”');
  });

  test('生成提交版 downloads <name>.提交版.xlsx made from the recalc output where there is one, else from the file', async () => {
    const calls: string[] = [];
    const saved: [string, string][] = [];
    const host = new FileHost(async () => textAdapter(calls), memoryStorage(), fakeAnalyze([]), (name, bytes) => void saved.push([name, dec.decode(bytes)]));
    await host.open([
      { name: '党务经费.xlsx', bytes: enc.encode('S|B2=5') },
      { name: 'b.xlsx', bytes: enc.encode('S|B2=7') },
    ]);
    await host.recalc({});
    // 党务经费.xlsx recalculated again on its own would give the same output; b.xlsx is replaced by a fresh open,
    // so it has no output: its copy comes from the file as given.
    await host.open([{ name: 'b.xlsx', bytes: enc.encode('S|B2=7') }]);
    const result = await host.clean();
    expect(saved).toEqual([
      ['党务经费.提交版.xlsx', 'S|B2=5+B2=0.143-clean'],
      ['b.提交版.xlsx', 'S|B2=7-clean'],
    ]);
    expect(result).toEqual({ restored: 1, sheets: ['校验结果', '修改记录'], files: ['党务经费.提交版.xlsx', 'b.提交版.xlsx'] });
    // The open files are not changed: the checked copy is still the recalc output.
    expect(dec.decode(await host.checkedBytes('党务经费.xlsx', {}))).toBe('S|B2=5+B2=0.143');
  });

  test('a broken file is reported with the adapter’s zh-CN reason and the others still open; same name replaces', async () => {
    const host = new FileHost(async () => textAdapter([]), memoryStorage(), fakeAnalyze([]));
    const failed = await host.open([
      { name: 'ok.xlsx', bytes: enc.encode('S|B2=1') },
      { name: 'bad.xlsx', bytes: enc.encode('BAD') },
    ]);
    expect(failed).toEqual([{ name: 'bad.xlsx', reason: '不是 Excel 工作簿（.xlsx）文件' }]);
    await host.open([{ name: 'ok.xlsx', bytes: enc.encode('S|B2=2') }]);
    expect(host.fileNames()).toEqual(['ok.xlsx']);
    const [checked] = await host.check({});
    expect(checked.analysis.report.findings[0].actual).toBe(2);
    host.remove('ok.xlsx');
    expect(host.fileNames()).toEqual([]);
    expect(await host.check({})).toEqual([]);
  });

  test('select shows the cell with its row, formatted by its number format', async () => {
    const host = new FileHost(async () => textAdapter([]), memoryStorage(), fakeAnalyze([]));
    await host.open([{ name: 'a.xlsx', bytes: enc.encode('自评表|A2=任务 5;B2=0.0143') }]);
    const states: unknown[] = [];
    host.subscribe((s) => states.push(s.selection));
    await host.select('a.xlsx', '自评表', 'B2');
    expect(host.state().selection).toEqual({
      workbook: 'a.xlsx',
      sheet: '自评表',
      cell: 'B2',
      value: 0.0143,
      format: '0.00%',
      row: [
        { column: 'A', value: '任务 5', isTarget: false },
        { column: 'B', value: 0.0143, isTarget: true },
      ],
    });
    expect(states).toHaveLength(1);
    await expect(host.select('a.xlsx', '别的表', 'A1')).rejects.toThrow('找不到单元格 别的表!A1');
  });

  test('after 重新计算, 定位 shows the value the cell now holds; after 重新检查, the value as given again', async () => {
    const host = new FileHost(async () => textAdapter([]), memoryStorage(), fakeAnalyze([]));
    await host.open([{ name: 'a.xlsx', bytes: enc.encode('自评表|A2=任务 5;B2=0.0143') }]);
    await host.check({});
    await host.select('a.xlsx', '自评表', 'B2');
    expect(host.state().selection?.value).toBe(0.0143);
    // The cell on show is read again: recalc wrote 0.143 (1.43 ÷ 10) into B2.
    await host.recalc({});
    expect(host.state().selection).toMatchObject({ value: 0.143, row: [{ column: 'A', value: '任务 5' }, { column: 'B', value: 0.143, isTarget: true }] });
    await host.select('a.xlsx', '自评表', 'B2');
    expect(host.state().selection?.value).toBe(0.143);
    await host.check({});
    expect(host.state().selection?.value).toBe(0.0143);
  });

  test('a file with no table gets no checked copy and offers none', async () => {
    const calls: string[] = [];
    const host = new FileHost(async () => textAdapter(calls), memoryStorage(), fakeAnalyze([]));
    await host.open([{ name: 'cover.xlsx', bytes: enc.encode('封面|A1=2021 年度自评报告') }]);
    expect(host.state().files[0].tables).toBeNull();
    await host.check({});
    expect(host.state().files[0].tables).toBe(0);
    await host.recalc({});
    expect(host.state().files[0].hasOutput).toBe(false);
    await expect(host.checkedBytes('cover.xlsx', {})).rejects.toThrow(NO_TABLE_TO_DOWNLOAD);
    expect(calls.filter((c) => c.startsWith('apply'))).toEqual([]);
  });

  test('the adapter is loaded once, lazily', async () => {
    let loads = 0;
    const host = new FileHost(async () => {
      loads++;
      return textAdapter([]);
    }, memoryStorage(), fakeAnalyze([]));
    expect(loads).toBe(0);
    await Promise.all([host.preload(), host.preload()]);
    await host.open([{ name: 'a.xlsx', bytes: enc.encode('S|B2=1') }]);
    expect(loads).toBe(1);
  });

  test('settings persist in localStorage and malformed values fall back to defaults', async () => {
    const storage = memoryStorage();
    const host = new FileHost(async () => textAdapter([]), storage, fakeAnalyze([]));
    expect(await host.loadSettings()).toEqual(defaultSettings());
    const settings = {
      profile: 'yitihua' as const,
      gradeBands: '85=优秀,75=良好,60=一般,0=较差',
      ignores: [{ rule: 'over-completion' as const, sheet: '自评表', cell: 'F30', reason: '目标已上调' }],
    };
    await host.saveSettings(settings);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual(settings);
    const again = new FileHost(async () => textAdapter([]), storage, fakeAnalyze([]));
    expect(await again.loadSettings()).toEqual(settings);
    expect(engineOptions(settings).gradeBands).toEqual([
      { min: 85, label: '优秀' },
      { min: 75, label: '良好' },
      { min: 60, label: '一般' },
      { min: 0, label: '较差' },
    ]);

    storage.setItem(SETTINGS_KEY, '{"profile":"mars","gradeBands":3,"ignores":[{"rule":1}]}');
    expect(readSettings(storage)).toEqual(defaultSettings());
    storage.setItem(SETTINGS_KEY, 'not json');
    expect(readSettings(storage)).toEqual(defaultSettings());
  });

  test('checked file names', () => {
    expect(checkedFileName('金水区委办.xlsx')).toBe('金水区委办.checked.xlsx');
    expect(checkedFileName('A.XLSX')).toBe('A.checked.xlsx');
  });
});
