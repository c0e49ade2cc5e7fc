// Metamorphic tests (fast-check): the same project table laid out another way — indicator columns permuted, the
// target split under a two-row header (年度指标值 over 指标性质 / 指标值 / 度量单位), numbers typed with their units,
// moved to another origin, headers renamed to their synonyms, labels merged or filled down — gives the same findings
// apart from cell addresses. Each variant's generator records which logical cell every address holds, so findings
// are compared by rule, logical cell and expected value.
import fc from 'fast-check';
import { analyzeWorkbook, type CellValue, gridFromRows, rangeAddress, cellAddress } from '../../src/core';

type Role = 'level1' | 'level2' | 'level3' | 'target' | 'actual' | 'weight' | 'score' | 'reason';
type Slip = 'score' | 'over' | 'missing' | 'tier' | 'sum' | 'total';

interface Variant {
  order: Role[];
  twoRowHeader: boolean;
  units: boolean;
  top: number;
  left: number;
  synonyms: number;
  merged: boolean;
}

const CANONICAL: Variant = {
  order: ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'reason'],
  twoRowHeader: false, units: false, top: 0, left: 0, synonyms: 0, merged: true,
};

/** Header words by role, each list a set of synonyms of domain.md §1.3–1.4. */
const WORDS: Record<Role | 'initial' | 'adjusted' | 'executed' | 'rate' | 'bweight' | 'bscore', string[]> = {
  level1: ['一级指标', '一级 指标'],
  level2: ['二级指标', '二级\n指标'],
  level3: ['三级指标', '三级 指标'],
  target: ['年度指标值', '指标值', '年初指标值'],
  actual: ['实际完成值', '完成值', '全年实际值', '全年完成值', '实际完成值（B）'],
  weight: ['分值', '权重', '参考分值', '指标权重（分）', '分值（分）'],
  score: ['得分', '指标得分（分）', '得分'],
  reason: ['偏差原因分析及改进措施', '未完成原因分析', '原因'],
  initial: ['年初预算数', '年初预算'],
  adjusted: ['全年预算数', '调整预算数', '调整后预算数', '全年预算数（A）'],
  executed: ['全年执行数', '预算执行数', '全年执行数（B）'],
  rate: ['执行率', '预算执行率', '执行率（B/A）'],
  bweight: ['分值', '权重'],
  bscore: ['得分', '得分'],
};
const word = (role: keyof typeof WORDS, v: Variant) => WORDS[role][v.synonyms % WORDS[role].length];

interface Indicator {
  level1: string | null;
  level2: string;
  level3: string;
  /** [operator, value, unit] */
  target: [string, string, string];
  actual: CellValue;
  unit: string | null;
  weight: number;
  score: number | null;
  reason: string | null;
}

function indicators(slips: Slip[]): Indicator[] {
  const has = (s: Slip) => slips.includes(s);
  return [
    // 2100 ≥ 2000 → 20 (slip 'score': 18); slip 'over': 3000 ≥ 1.2 × 2000 with no reason.
    { level1: '产出指标(50分)', level2: '数量指标', level3: '档案数字化页数', target: ['≥', '2000', '页'], actual: has('over') ? 3000 : 2100, unit: '页', weight: 20, score: has('score') ? 18 : 20, reason: null },
    { level1: null, level2: '质量指标', level3: '数字化合格率', target: ['≥', '98', '%'], actual: has('missing') ? null : 0.99, unit: null, weight: 10, score: 10, reason: null },
    { level1: null, level2: '时效指标', level3: '完成时间', target: ['', '12月底前', ''], actual: '12月底前', unit: null, weight: 10, score: 10, reason: null },
    { level1: null, level2: '成本指标', level3: '项目成本', target: ['≤', '30', '万元'], actual: 28, unit: '万元', weight: 10, score: 10, reason: null },
    // 达成年度指标: 80%–100% of 30 (slip 'tier': 20 is below 24).
    { level1: '效益指标(30分)', level2: '社会效益指标', level3: '档案查阅便利度', target: ['', '有效提升', ''], actual: '达成年度指标', unit: null, weight: 30, score: has('tier') ? 20 : 28, reason: '查阅系统响应偏慢，下年度升级' },
    { level1: '满意度指标(10分)', level2: '服务对象满意度指标', level3: '查档群众满意度', target: ['≥', '90', '%'], actual: 0.93, unit: null, weight: 10, score: 10, reason: null },
  ];
}

interface Built {
  rows: CellValue[][];
  formats: (string | null)[][];
  merges: string[];
  /** Address → logical cell ("i0:score", "budget:total:initial", "total:score" …). */
  where: Map<string, string>;
}

function build(slips: Slip[], v: Variant): Built {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: string[] = [];
  const where = new Map<string, string>();
  const at = (r: number, c: number) => cellAddress(v.top + r, v.left + c);
  const put = (r: number, c: number, value: CellValue, key?: string, format?: string) => {
    while (rows.length <= r) { rows.push([]); formats.push([]); }
    rows[r][c] = value;
    if (format) formats[r][c] = format;
    if (key) where.set(at(r, c), key);
  };
  const amount = (x: number) => (v.units ? `${x}万` : x);
  const has = (s: Slip) => slips.includes(s);

  put(0, 0, '项目支出绩效自评表');
  put(1, 0, '项目名称');
  put(1, 1, '档案数字化建设项目');
  // Budget block, rows 3–5.
  ['项目资金（万元）', null, word('initial', v), word('adjusted', v), word('executed', v), word('bweight', v), word('rate', v), word('bscore', v)]
    .forEach((h, c) => put(3, c, h));
  const budget: [string, string, [number, number, number], CellValue, CellValue][] = [
    ['total', '年度资金总额', [100, 100, 95], 10, 9.5],
    ['fiscal', '其中：当年财政拨款', [has('sum') ? 90 : 100, 100, 95], '—', '—'],
  ];
  budget.forEach(([key, label, [a, b, c], w, s], i) => {
    const r = 4 + i;
    put(r, 1, label);
    put(r, 2, amount(a), `budget:${key}:initial`);
    put(r, 3, amount(b), `budget:${key}:adjusted`);
    put(r, 4, amount(c), `budget:${key}:executed`);
    put(r, 5, w, `budget:${key}:weight`);
    put(r, 6, 0.95, `budget:${key}:rate`, '0.00%');
    put(r, 7, s, `budget:${key}:score`);
  });
  merges.push(rangeAddress(v.top + 3, v.left, v.top + 5, v.left));

  // Indicator block: its header at row 7 (and 8), the columns in the variant's order.
  const columns: (Role | 'operator' | 'value' | 'unit')[] = v.order.flatMap((r) => (r === 'target' && v.twoRowHeader ? ['operator', 'value', 'unit'] as const : [r]));
  const col = (role: string) => columns.indexOf(role as never);
  const head = 7;
  columns.forEach((role, c) => {
    if (role === 'operator' || role === 'value' || role === 'unit') return;
    put(head, c, word(role, v));
    if (v.twoRowHeader) merges.push(rangeAddress(v.top + head, v.left + c, v.top + head + 1, v.left + c));
  });
  if (v.twoRowHeader) {
    put(head, col('operator'), word('target', v));
    merges.push(rangeAddress(v.top + head, v.left + col('operator'), v.top + head, v.left + col('unit')));
    put(head + 1, col('operator'), '指标性质');
    put(head + 1, col('value'), '指标值');
    put(head + 1, col('unit'), '度量单位');
  }
  const first = head + (v.twoRowHeader ? 2 : 1);
  const list = indicators(slips);
  let groupStart = first;
  list.forEach((ind, i) => {
    const r = first + i;
    const label = ind.level1 ?? (v.merged ? null : [...list.slice(0, i)].reverse().find((x) => x.level1)!.level1);
    if (ind.level1 && i > 0 && v.merged && groupStart < r - 1) merges.push(rangeAddress(v.top + groupStart, v.left + col('level1'), v.top + r - 1, v.left + col('level1')));
    if (ind.level1) groupStart = r;
    put(r, col('level1'), label, ind.level1 ? `group${i}` : undefined);
    put(r, col('level2'), ind.level2);
    put(r, col('level3'), ind.level3, `i${i}:name`);
    const [op, value, unit] = ind.target;
    if (v.twoRowHeader) {
      put(r, col('operator'), op || null, `i${i}:target`);
      put(r, col('value'), /^\d+$/.test(value) ? Number(value) : value, `i${i}:target`);
      put(r, col('unit'), unit || null, `i${i}:target`);
    } else {
      put(r, col('target'), `${op}${value}${unit}`, `i${i}:target`);
    }
    const actual = v.units && ind.unit && typeof ind.actual === 'number' ? `${ind.actual}${ind.unit}` : ind.actual;
    put(r, col('actual'), actual, `i${i}:actual`, typeof ind.actual === 'number' && ind.actual < 1 ? '0%' : undefined);
    put(r, col('weight'), ind.weight, `i${i}:weight`);
    put(r, col('score'), ind.score, `i${i}:score`);
    put(r, col('reason'), ind.reason, `i${i}:reason`);
  });
  const last = first + list.length - 1;
  if (v.merged && groupStart < last) merges.push(rangeAddress(v.top + groupStart, v.left + col('level1'), v.top + last, v.left + col('level1')));
  // 总分 row: 9.5 + 20 + 10 + 10 + 10 + 28 + 10 = 97.5 (slip 'total': 95), its grade unlabelled after the score.
  const total = last + 1;
  put(total, Math.min(col('level1'), col('level2')), '总分');
  put(total, col('weight'), 100, 'total:weight');
  put(total, col('score'), has('total') ? 95 : 97.5, 'total:score');
  const gradeCol = Math.max(...columns.map((_, c) => c)) + 1;
  put(total, gradeCol, '优', 'grade');
  return { rows, formats, merges, where };
}

function findings(slips: Slip[], v: Variant): string[] {
  const b = build(slips, v);
  const grid = gridFromRows('项目支出绩效自评表', b.rows, { formats: b.formats, merges: b.merges, top: v.top, left: v.left });
  const { report } = analyzeWorkbook([grid]);
  return report.findings
    .filter((f) => f.rule !== 'number-as-text')
    .map((f) => `${f.rule}@${b.where.get(f.cell) ?? `?${f.cell}`}=${JSON.stringify(f.expected)}`)
    .sort();
}

const slips = fc.subarray<Slip>(['score', 'over', 'missing', 'tier', 'sum', 'total']);
const order = fc.shuffledSubarray<Role>(CANONICAL.order, { minLength: CANONICAL.order.length });
const variant: fc.Arbitrary<Variant> = fc.record({
  order,
  twoRowHeader: fc.boolean(),
  units: fc.boolean(),
  top: fc.integer({ min: 0, max: 6 }),
  left: fc.integer({ min: 0, max: 4 }),
  synonyms: fc.integer({ min: 0, max: 4 }),
  merged: fc.boolean(),
});

describe('a layout change leaves the findings the same apart from cell addresses', () => {
  it('the canonical table finds each slip it was given, and nothing when given none', () => {
    expect(findings([], CANONICAL)).toEqual([]);
    expect(findings(['score', 'over', 'missing', 'tier', 'sum', 'total'], CANONICAL)).toEqual([
      'missing-value@i1:actual=null',
      'over-completion@i0:reason=null',
      'score-mismatch@i0:score=20',
      'score-out-of-range@i4:score=null',
      'sum-mismatch@budget:total:initial=90',
      // Entered 95; its parts 9.5 + (18 + 10 + 10 + 10) + 20 + 10 = 87.5; once 18 is corrected to 20: 89.5.
      'total-mismatch@total:score=89.5',
    ].sort());
  });
  it.each([
    ['indicator columns permuted', { order: ['weight', 'score', 'level3', 'actual', 'target', 'level2', 'level1', 'reason'] as Role[] }],
    ['a two-row header', { twoRowHeader: true }],
    ['numbers with their units', { units: true }],
    ['another origin', { top: 5, left: 3 }],
    ['headers renamed to synonyms', { synonyms: 3 }],
    ['labels filled down instead of merged', { merged: false }],
  ])('%s', (_name, change) => {
    const all: Slip[] = ['score', 'over', 'missing', 'tier', 'sum', 'total'];
    expect(findings(all, { ...CANONICAL, ...change })).toEqual(findings(all, CANONICAL));
  });
  it('any combination of them, on any set of slips', () => {
    fc.assert(fc.property(slips, variant, (s, v) => {
      expect(findings(s, v)).toEqual(findings(s, CANONICAL));
    }), { numRuns: 150 });
  });
});
