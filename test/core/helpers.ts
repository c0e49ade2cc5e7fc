// Builders for the core's tests: a 项目支出绩效自评表 in the 财预〔2020〕10号 layout (domain.md §1.2), seed 002's
// department table as published and corrected, cell patches, and short ways to run the engine.
import { analyzeWorkbook, applyWrites, type CellValue, type EngineOptions, type Finding, type Grid, parseAddress, type RuleId } from '../../src/core';
import { seed002Grid } from '../fixtures/seed002';
import { fromDense, toDense } from '../support/dense';

export const PROJECT_SHEET = '项目支出绩效自评表';

/** [年初预算数, 全年预算数, 全年执行数] */
export type Amounts = [CellValue, CellValue, CellValue];

/** [一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施] */
export type IndicatorSpec = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue?];

export interface ProjectSpec {
  sheet?: string;
  name?: string;
  total?: Amounts;
  fiscal?: Amounts;
  carryover?: Amounts;
  other?: Amounts;
  /** 年度资金总额's 分值 / 执行率 / 得分. */
  budgetWeight?: CellValue;
  budgetRate?: CellValue;
  budgetScore?: CellValue;
  /** 其中：当年财政拨款's 执行率 (G6). */
  fiscalRate?: CellValue;
  /** Format of the 执行率 cells (default 0.00%). */
  rateFormat?: string;
  indicators?: IndicatorSpec[];
  /** The 总分 row: [分值, 得分]. */
  totalRow?: [CellValue, CellValue];
  /** 评价等级 in the header (H2), when given. */
  grade?: CellValue;
}

/**
 * Layout (1-based rows, fixed so tests can name cells):
 *  A2 项目名称 | B2 name | G2 评价等级 | H2 grade
 *  A4 项目资金（万元） | C4 年初预算数 | D4 全年预算数 | E4 全年执行数 | F4 分值 | G4 执行率 | H4 得分
 *  row 5 年度资金总额, 6 其中：当年财政拨款, 7 上年结转资金, 8 其他资金
 *  A9 绩效指标 | B9 一级指标 | C9 二级指标 | D9 三级指标 | E9 年度指标值 | F9 实际完成值 | G9 分值 | H9 得分 | I9 偏差原因…
 *  indicators from row 10; then the 总分 row.
 */
export function projectGrid(spec: ProjectSpec = {}): Grid {
  const total = spec.total ?? [100, 100, 95];
  const fiscal = spec.fiscal ?? total;
  const carry = spec.carryover ?? [null, null, null];
  const other = spec.other ?? [null, null, null];
  const values: CellValue[][] = [
    ['项目支出绩效自评表', null, null, null, null, null, null, null, null],
    ['项目名称', spec.name ?? '档案数字化建设项目', null, null, null, null, spec.grade !== undefined ? '评价等级' : null, spec.grade ?? null, null],
    ['主管部门', '某区档案局', null, null, '实施单位', '某区档案馆', null, null, null],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
    [null, '年度资金总额', ...total, spec.budgetWeight === undefined ? 10 : spec.budgetWeight, spec.budgetRate ?? null, spec.budgetScore ?? null, null],
    [null, '其中：当年财政拨款', ...fiscal, '—', spec.fiscalRate ?? null, '—', null],
    [null, '上年结转资金', ...carry, '—', null, '—', null],
    [null, '其他资金', ...other, '—', null, '—', null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  for (const ind of spec.indicators ?? []) values.push([null, ...ind.slice(0, 7), ind[7] ?? null] as CellValue[]);
  if (spec.totalRow) values.push([null, '总分', null, null, null, null, spec.totalRow[0], spec.totalRow[1], null]);
  const formats: (string | null)[][] = values.map(() => []);
  for (let r = 4; r <= 7; r++) formats[r][6] = spec.rateFormat ?? '0.00%';
  return fromDense({ sheet: spec.sheet ?? PROJECT_SHEET, values, formats });
}

/** 1-based sheet row of the i-th (0-based) indicator of projectGrid. */
export const indicatorRow = (i: number): number => 10 + i;

/** A correct project table, every figure computed by hand from domain.md §2: 95/100 → 9.5, 9.5 + 50 + 28 + 10 = 97.5 → 优. */
export function correctProject(extra: Partial<ProjectSpec> = {}): ProjectSpec {
  return {
    total: [100, 100, 95],
    fiscal: [100, 100, 95],
    budgetRate: 0.95,
    budgetScore: 9.5,
    fiscalRate: 0.95,
    indicators: [
      ['产出指标(50分)', '数量指标', '档案数字化页数', '≥2000页', 2100, 20, 20, null],
      [null, '质量指标', '数字化合格率', '≥98%', 0.99, 10, 10, null],
      [null, '时效指标', '完成时间', '12月底前', '12月底前', 10, 10, null],
      [null, '成本指标', '项目成本', '≤30万元', 28, 10, 10, null],
      ['效益指标(30分)', '社会效益指标', '档案查阅便利度', '有效提升', '达成年度指标', 30, 28, '部分群众反映查阅系统响应偏慢，下年度升级'],
      ['满意度指标(10分)', '服务对象满意度指标', '查档群众满意度', '≥90%', 0.93, 10, 10, null],
    ],
    totalRow: [100, 97.5],
    grade: '优',
    ...extra,
  };
}

/** Sets cells by A1 address (and formats, optionally); the input grid is left untouched. */
export function patch(grid: Grid, cells: Record<string, CellValue>, formats: Record<string, string | null> = {}): Grid {
  const d = toDense(grid);
  const values = d.values;
  const fmts = d.formats;
  for (const [address, v] of Object.entries(cells)) {
    const { row, col } = parseAddress(address);
    while (values.length <= row) values.push([]);
    values[row][col] = v;
  }
  for (const [address, f] of Object.entries(formats)) {
    const { row, col } = parseAddress(address);
    while (fmts.length <= row) fmts.push([]);
    fmts[row][col] = f;
  }
  return fromDense({ ...d, values, formats: fmts });
}

/** Seed 002 as published, with every slip fixed the way recalc fixes it: the baseline a rule must stay silent on. */
export function correctSeed002(options: { top?: number; left?: number; sheet?: string } = {}): Grid {
  const grid = seed002Grid(options);
  return applyWrites([grid], analyzeWorkbook([grid]).report.writes)[0];
}

export function run(grids: Grid | Grid[], options: EngineOptions = {}) {
  return analyzeWorkbook(Array.isArray(grids) ? grids : [grids], options);
}

export function findingsOf(grids: Grid | Grid[], rule: RuleId, options: EngineOptions = {}): Finding[] {
  return run(grids, options).report.findings.filter((f) => f.rule === rule);
}

/** Every finding other than the number-as-text notes (which a text-typed table legitimately has). */
export function alarms(grids: Grid | Grid[], options: EngineOptions = {}): Finding[] {
  return run(grids, options).report.findings.filter((f) => f.rule !== 'number-as-text');
}

/** Compact form for readable assertions. */
export const brief = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.cell}`);

/** The grid with `formula` in `cell`, its cached result the value the cell holds. */
export function withFormula(grid: Grid, cell: string, formula: string): Grid {
  const d = toDense(grid);
  const { row, col } = parseAddress(cell);
  const formulas = d.formulas ?? [];
  while (formulas.length <= row) formulas.push([]);
  formulas[row] = [...(formulas[row] ?? [])];
  formulas[row][col] = formula;
  return fromDense({ ...d, formulas });
}
