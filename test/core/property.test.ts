// Property tests: random grids and mutated seed-002 grids never make the engine throw, never plan a write to a cell
// a person typed, always point findings at cells that exist, and analyze deterministically.
import fc from 'fast-check';
import { analyzeWorkbook, applyWrites, type Analysis, type CellValue, colCount, type Grid, parseAddress, rowCount, valueAt } from '../../src/core';
import { COLUMN_LABELS, GRADE_LABELS, NAME_LABELS, TOTAL_LABELS, TOTAL_ROW_LABELS } from '../../src/core/labels';
import { locateTables } from '../../src/core/locate';
import type { Table } from '../../src/core/model';
import { parseTable } from '../../src/core/parse';
import { scoredAsBudgetExecution } from '../../src/core/score';
import { parseNumber } from '../../src/core/text';
import { seed002Rows, seed002Grid } from '../fixtures/seed002';
import { correctSeed002, patch } from './helpers';
import { fromDense, toDense } from '../support/dense';

const RUNS = { numRuns: 200 };

const VOCABULARY: string[] = [
  ...Object.values(COLUMN_LABELS).flat(),
  ...NAME_LABELS, ...TOTAL_LABELS, ...GRADE_LABELS, ...TOTAL_ROW_LABELS,
  '部门预算总额', '年度资金总额', '其中：当年财政拨款', '其中:财政资金', '上年结转资金', '其他资金', '(1) 财政 性资金', '基本支出', '项目支出',
  '预算情况', '项目资金（万元）', '年度总体目标', '各项指标得分情况表', '预算执行', '投入管理', '产出指标(50分)', '投入管理指标（20分）',
  '效益指标 (30分)', '满意度指标', '预算执 行率', '实际完 成值', '执行率(%)', '实际完成值(%)',
  '≥', '≤', '﹦', '＞', '大于等于', '小于等于', '定性指标', '定性', '正向', '反向', '≥90%', '≤30万元', '=100', '≥100百分比', '%',
  '90%', '９５％', '51.78%', '134.5', '—', '——', '/', '-', '优', '良', '中', '差', '优秀', '良好',
  '达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差', '合理', '按期完成', '9月前', '完成', '任务 1:',
];

const textNumber = fc.double({ min: -1000, max: 5000, noNaN: true }).map((x) => String(Math.round(x * 100) / 100));
const percentText = fc.double({ min: 0, max: 200, noNaN: true }).map((x) => `${Math.round(x * 100) / 100}%`);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 3000 }) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 200, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: textNumber },
  { weight: 1, arbitrary: percentText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant('') },
);
const row = fc.array(cell, { maxLength: 11 });
const format = fc.constantFrom(null, undefined, '0.00%', '0%', 'General', '0.00', '@');

/** Header rows made of a block's labels in random order, so that random grids do hold tables. */
const headers: string[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完成值', '分值', '得分', '未完成原因分析', '指标性质', '指标方向'],
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度主要任务', '任务名称', '主要内容', '预算资金', '预算执行数', '预算执行率'],
  ['指标', '权重分值', '得分', '得分率'],
  ['项目名称', 'x', '自评得分', 90, '自评结果', '优'] as unknown as string[],
];
const block = fc
  .tuple(fc.constantFrom(...headers), fc.array(row, { maxLength: 8 }))
  .chain(([h, rows]) => fc.shuffledSubarray(h, { minLength: Math.min(3, h.length) }).map((hs) => [hs as CellValue[], ...rows]));

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.oneof(fc.array(row, { maxLength: 25 }), fc.array(block, { maxLength: 4 }).map((bs) => bs.flat())),
    formats: fc.option(fc.array(fc.array(format, { maxLength: 11 }), { maxLength: 25 }), { nil: undefined }),
    sheet: fc.constantFrom('Sheet1', '自评表', '项目'),
  })
  .map(({ values, formats, sheet }) => fromDense({ sheet, values, ...(formats ? { formats } : {}) }));

/** The cells a person typed, as the engine's own parse reads them: amounts, targets, actuals, weights, qualitative
 *  scores, labels and text. Recalc must never write to any of them. */
function typedCells(grid: Grid, table: Table): Set<string> {
  const out = new Set<string>();
  const add = (c: string | null | undefined) => c && out.add(c);
  // Label and name cells are where the parser looked for a label; they count when they hold one (words).
  const addLabel = (c: string | null | undefined) => {
    if (!c) return;
    const { row, col } = parseAddress(c);
    const v = valueAt(grid, row, col);
    if (typeof v === 'string' && v.trim() !== '' && parseNumber(v).state === 'invalid') out.add(c);
  };
  addLabel(table.name?.cell);
  add(table.totalWeight?.cell);
  for (const t of table.tasks) {
    addLabel(t.nameCell);
    [t.budget?.cell, t.executed?.cell].forEach(add);
  }
  for (const b of table.budgetRows) {
    addLabel(b.labelCell);
    [b.initial?.cell, b.adjusted?.cell, b.executed?.cell, b.weight?.cell].forEach(add);
  }
  for (const g of table.groups) {
    addLabel(g.labelCell);
    for (const r of g.rows) {
      addLabel(r.nameCell);
      [...r.targetCells, r.actual?.cell, r.weight?.cell, r.reason?.cell, r.directionColumn?.cell].forEach(add);
      // A 预算执行率 row with no target of its own is scored from the budget figures (domain.md §1.4), so derived.
      if (r.target.kind !== 'quantitative' && !scoredAsBudgetExecution(r)) add(r.score?.cell);
    }
  }
  for (const s of table.summary) {
    addLabel(s.labelCell);
    add(s.weight?.cell);
  }
  return out;
}

function assertSound(grids: Grid[], a: Analysis): void {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  for (const f of [...a.report.findings, ...a.remaining]) {
    const g = bySheet.get(f.sheet)!;
    expect(g).toBeDefined();
    const { row, col } = parseAddress(f.cell);
    expect(f.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
    expect(row).toBeLessThan(rowCount(g));
    expect(col).toBeLessThanOrEqual(colCount(g)); // one cell right of a label at most
  }
  for (const w of a.plan.writes) {
    const g = bySheet.get(w.sheet)!;
    const { row, col } = parseAddress(w.cell);
    expect(row).toBeLessThan(rowCount(g));
    expect(col).toBeLessThanOrEqual(colCount(g));
    // Never over words or "—" a person typed.
    if (typeof w.before === 'string' && w.before.trim() !== '') {
      const state = parseNumber(w.before).state;
      if (!['text-number', 'blank'].includes(state)) {
        // A grade cell holds words by nature: only grades may replace words.
        expect(typeof w.after).toBe('string');
      }
    }
  }
  for (const g of grids) {
    const typed = new Set<string>();
    for (const located of locateTables(g)) for (const c of typedCells(g, parseTable(located))) typed.add(c);
    const hits = a.plan.writes.filter((w) => w.sheet === g.sheet && typed.has(w.cell));
    expect(hits).toEqual([]);
  }
}

describe('random grids', () => {
  it('never throw, never write to a typed cell, point at cells that exist, and are deterministic', () => {
    fc.assert(
      fc.property(fc.array(randomGrid, { minLength: 1, maxLength: 3 }), (raw) => {
        const grids = raw.map((g, i) => ({ ...g, sheet: `${g.sheet}${i}` }));
        const a = analyzeWorkbook(grids);
        assertSound(grids, a);
        expect(JSON.stringify(analyzeWorkbook(grids))).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });
  it('survive both profiles and custom bands', () => {
    fc.assert(
      fc.property(randomGrid, fc.constantFrom('national', 'yitihua') as fc.Arbitrary<'national' | 'yitihua'>, (g, profile) => {
        const a = analyzeWorkbook([g], { profile, gradeBands: [{ min: 85, label: '优秀' }, { min: 60, label: '一般' }, { min: 0, label: '较差' }] });
        assertSound([g], a);
      }),
      RUNS,
    );
  });
});

// ---- mutated seed 002 --------------------------------------------------------------------------------------------

const HEADER_ROWS = new Set([4, 13, 19, 45, 46]); // 0-based: tasks, budget, indicators, summary title and header
// Plus the header labels 部门(单位)名称 (A2), 自评得分 (F2), 自评结果 (F3).
const isLabel = (r: number, c: number) => HEADER_ROWS.has(r) || ((r === 1 || r === 2) && (c === 0 || c === 5));

/** Values a person may type into a data cell; no block or total labels, so the table keeps its shape. */
const dataValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.integer({ min: -50, max: 3000 }),
  fc.double({ min: -5, max: 2000, noNaN: true }),
  textNumber,
  percentText,
  fc.constantFrom('—', '/', '-', '完成', '合理', '优', '良', '≥', '≤', '90%', '≥90%', '≤30万元', '定性指标', '达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差', '正向', '反向'),
);

type Mutation =
  | { kind: 'set'; row: number; col: number; value: CellValue }
  | { kind: 'textify'; row: number; col: number }
  | { kind: 'insert'; at: number; values: CellValue[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), row: fc.integer({ min: 0, max: 51 }), col: fc.integer({ min: 0, max: 8 }), value: dataValue }),
  fc.record({ kind: fc.constant('set' as const), row: fc.integer({ min: 0, max: 51 }), col: fc.integer({ min: 0, max: 8 }), value: fc.constant(null) }),
  fc.record({ kind: fc.constant('textify' as const), row: fc.integer({ min: 0, max: 51 }), col: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.integer({ min: 5, max: 52 }), values: fc.array(dataValue, { minLength: 9, maxLength: 9 }) }),
);

/** Applies mutations; `origin[r]` is the seed row that mutated row r is (or, for an inserted row, n + 0.5 after seed row n). */
function mutate(mutations: Mutation[]): { grid: Grid; origin: number[] } {
  const grid = toDense(seed002Grid());
  const values = grid.values.map((r) => [...r]);
  const formats = grid.formats.map((r) => [...r]);
  const origin = values.map((_, i) => i);
  for (const m of mutations) {
    if (m.kind === 'insert') {
      values.splice(m.at, 0, [...m.values]);
      formats.splice(m.at, 0, []);
      // An inserted row belongs to the block of the row above it: seed row n's follower is n + 0.5.
      const prev = origin[m.at - 1];
      origin.splice(m.at, 0, Number.isInteger(prev) ? prev + 0.5 : prev);
      continue;
    }
    const r = origin.indexOf(m.row);
    if (r < 0 || isLabel(m.row, m.col)) continue;
    if (m.kind === 'set') values[r][m.col] = m.value;
    else if (typeof values[r][m.col] === 'number') values[r][m.col] = String(values[r][m.col]);
  }
  return { grid: fromDense({ ...grid, values, formats }), origin };
}

/** Seed 002's derived cells, by the seed row they belong to: I6:I13, G15:G19, I15:I19, H of indicator rows,
 *  C48:D52, G2, G3. */
function isSeedDerived(seedRow: number, col: number): boolean {
  if (seedRow === 1 || seedRow === 2) return col === 6;
  if (seedRow > 4 && seedRow <= 12.5) return col === 8;
  if (seedRow > 13 && seedRow <= 18.5) return col === 6 || col === 8;
  if (seedRow > 19 && seedRow <= 45.5) return col === 7;
  if (seedRow > 46 && seedRow <= 51.5) return col === 2 || col === 3;
  return false;
}

describe('mutated seed 002', () => {
  it('the seed layout the derived set assumes', () => {
    const { values } = seed002Rows();
    expect([values[1][5], values[2][5], values[4][8], values[13][8], values[19][7], values[46][3]]).toEqual(['自评得分', '自评结果', '预算执行率', '得分', '得分', '得分率']);
  });
  it('writes land only in derived cells, quantitative indicator scores only; findings point at existing cells', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => {
        const { grid, origin } = mutate(ms);
        const a = analyzeWorkbook([grid]);
        assertSound([grid], a);
        const indicatorRows = locateTables(grid).map(parseTable).flatMap((t) => t.groups.flatMap((g) => g.rows));
        for (const w of a.plan.writes) {
          const { row, col } = parseAddress(w.cell);
          expect({ cell: w.cell, derived: isSeedDerived(origin[row], col) }).toEqual({ cell: w.cell, derived: true });
          if (col === 7 && origin[row] > 19 && origin[row] <= 45.5) {
            const ind = indicatorRows.find((r) => r.score?.cell === w.cell);
            expect(ind?.target.kind).toBe('quantitative');
          }
        }
      }),
      RUNS,
    );
  });
  it('are deterministic and reach a fixpoint: recalc twice = recalc once', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const { grid } = mutate(ms);
        const a = analyzeWorkbook([grid]);
        expect(JSON.stringify(analyzeWorkbook([grid]))).toBe(JSON.stringify(a));
        const once = applyWrites([grid], a.plan.writes);
        expect(analyzeWorkbook(once).plan.writes).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('found by the properties', () => {
  it('a huge rate (tiny negative amounts in an inserted task row) reaches a fixpoint: no write that changes nothing', () => {
    const d = toDense(seed002Grid());
    d.values.splice(5, 0, ['0', '0%', 0, -4.753868866801223e-237, 0, '', -4.0397662460848376e-224, null, '0%']);
    d.formats.splice(5, 0, []);
    d.formulas.splice(5, 0, []);
    const g = fromDense(d);
    const a = analyzeWorkbook([g]);
    const once = applyWrites([g], a.plan.writes);
    expect(analyzeWorkbook(once).plan.writes).toEqual([]);
    expect(a.plan.writes.every((w) => w.before !== w.after)).toBe(true);
  });
  it('a small rate in a bare percent-number cell is written as a fraction formatted 0.00%, so it reads back right', () => {
    // Seed 002 task 1 typed as the bare percent number 51.78 while only 1.3 of 134.5 was executed (0.97%); the
    // 执行数 totals follow (94.77 − 69.64 + 1.3 = 26.43 for 项目支出, 1057.2 in all).
    const g = patch(correctSeed002(), { G6: 1.3, H6: 1.3, I6: 51.78, F19: 26.43, F15: 1057.2, F16: 1057.2 }, { I6: null });
    const a = analyzeWorkbook([g]);
    expect(a.plan.writes.find((w) => w.cell === 'I6')).toEqual({ sheet: g.sheet, cell: 'I6', before: 51.78, after: 0.0097, numFmt: '0.00%' });
    expect(a.remaining.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(analyzeWorkbook(applyWrites([g], a.plan.writes)).plan.writes).toEqual([]);
  });
  it('a larger rate in a bare percent-number cell keeps the percent-number convention', () => {
    const g = patch(correctSeed002(), { I6: 5.178 }, { I6: null });
    const a = analyzeWorkbook([g]);
    expect(a.plan.writes.find((w) => w.cell === 'I6')).toEqual({ sheet: g.sheet, cell: 'I6', before: 5.178, after: 51.78 });
    expect(analyzeWorkbook(applyWrites([g], a.plan.writes)).plan.writes).toEqual([]);
  });
});
