// mayHoldTables (src/core/absence.ts): from the cells holding a mark alone, whether the engine can find anything on a
// sheet. What it must never do is say no where the engine, reading the whole sheet, finds a table, a table's words or
// a roll-up: the Excel door then leaves that sheet's values unread.
import { COLUMN_LABELS, NAME_LABELS, TOTAL_LABELS, type ColumnKey } from '../../src/core/labels';
import { ROLLUP_COLUMNS, type RollupColumn } from '../../src/core/rollup/locate';
import { TABLE_MARKS, mayHoldTables } from '../../src/core/absence';
import { analyzeWorkbook, emptyGrid, filledRows, gridFromRows, rowEntries, withCells, type CellValue, type Grid } from '../../src/core';
import { REAL_TABLES, realGrids } from '../fixtures/real';
import { department } from './rollup/fixtures';
import { correctSeed002, projectGrid } from './helpers';

const marked = (text: string) => TABLE_MARKS.some((m) => text.includes(m));

/** The grid with only its cells whose text holds a mark: what the Excel door reads of a large sheet. */
function markedOnly(grid: Grid): Grid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  for (const row of filledRows(grid)) for (const { col, value } of rowEntries(grid, row)) if (typeof value === 'string' && marked(value)) cells.push({ row, col, value });
  return withCells(emptyGrid(grid.sheet), cells);
}

describe('TABLE_MARKS', () => {
  // The keys blockTypeOfCells and selfEvaluationEvidence ask for (locate.ts), and a roll-up header's (rollup/locate.ts).
  const tableKeys: ColumnKey[] = ['weight', 'score', 'actual', 'level1', 'level2', 'level3', 'indicatorName', 'target', 'summaryRate', 'taskName', 'rate', 'taskBudget', 'initial', 'adjusted', 'executed', 'summaryWeight'];
  const rollupKeys: RollupColumn[] = ['name', 'initial', 'adjusted', 'budget', 'executed', 'rate', 'score', 'grade'];
  const labels = [
    ...tableKeys.flatMap((k) => COLUMN_LABELS[k] as readonly string[]),
    ...rollupKeys.flatMap((k) => ROLLUP_COLUMNS[k] as readonly string[]),
    ...NAME_LABELS,
    ...TOTAL_LABELS,
    '绩效指标',
    // SELF_EVALUATION_TITLE's alternatives (labels.ts).
    '绩效自评表', '自评表', '绩效自评', '绩效评价表', '绩效目标自评表', '绩效自评报表',
  ];

  it.each(labels.map((l) => [l]))('marks %s', (label) => {
    expect(marked(label)).toBe(true);
  });

  it('holds every compatibility form that NFKC turns into a mark', () => {
    const bases = TABLE_MARKS.filter((m) => m.normalize('NFKC') === m);
    const forms: string[] = [];
    for (let cp = 0x2e80; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      const n = ch.normalize('NFKC');
      if (n !== ch && bases.some((b) => n.includes(b))) forms.push(ch);
    }
    expect(forms.length).toBeGreaterThan(0);
    for (const f of forms) expect(TABLE_MARKS).toContain(f);
  });
});

describe('mayHoldTables', () => {
  const sheets: [string, Grid][] = [
    ['seed 002', correctSeed002()],
    ['a project table', projectGrid()],
    ...REAL_TABLES.flatMap((t) => realGrids(t).map((g) => [`${t.id} ${g.sheet}`, g] as [string, Grid])),
    ...department().map((g) => [`roll-up fixture ${g.sheet}`, g] as [string, Grid]),
  ];

  it.each(sheets)('%s: the engine finds something, and its marked cells alone say so', (_name, grid) => {
    const { report } = analyzeWorkbook([grid]);
    expect(report.tables.length + (report.rollups?.length ?? 0)).toBeGreaterThan(0);
    expect(mayHoldTables(markedOnly(grid))).toBe(true);
  });

  const header = ['日期', '凭证字号', '摘要', '科目编码', '科目名称', '借方金额', '贷方金额', '部门', '项目', '经济分类', '资金来源', '备注'];
  const entry = [44200, '记-0001', '支付办公用品费（办公室）', '5010201', '办公费', 12.5, null, '财务科', '党务经费', '30201', '一般公共预算', null];

  it('says no on a voucher list, whose marked cells (科目名称, 项目, 经济分类, 支付…, 预算) head nothing', () => {
    const grid = gridFromRows('凭证明细', [header, entry, entry, entry]);
    expect(markedOnly(grid).sheet).toBe('凭证明细');
    expect(mayHoldTables(grid)).toBe(false);
    expect(mayHoldTables(markedOnly(grid))).toBe(false);
  });

  it('says yes where a budget header sits among the entries, even typed with spaces', () => {
    const grid = gridFromRows('凭证明细', [header, entry, [null, '年初 预算数', '调整预算数', '预算执 行数'], entry]);
    expect(mayHoldTables(markedOnly(grid))).toBe(true);
  });

  it('says yes for a title and one label, or three labels, which make the engine report an unreadable table', () => {
    expect(mayHoldTables(gridFromRows('s', [['项目支出绩效自评表'], ['项目名称', '某项目']]))).toBe(true);
    expect(mayHoldTables(gridFromRows('s', [['部门名称'], ['总分'], ['预算数']]))).toBe(true);
    expect(mayHoldTables(gridFromRows('s', [['部门名称'], ['总分']]))).toBe(false);
  });

  it('says yes for a roll-up header split over two rows', () => {
    expect(mayHoldTables(gridFromRows('s', [['项目名称', '项目资金（万元）'], [null, '年初预算数', '执行数']]))).toBe(true);
  });
});
