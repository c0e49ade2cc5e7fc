import { analyzeWorkbook, gridFromRows, type Finding } from '../../../src/core';
import type { ReportText } from '../../../src/core/claims';

const text = (paragraphs: string[], tables: ReportText['tables'] = []): ReportText => ({ file: 'r.docx', paragraphs: paragraphs.map((t, i) => ({ index: i + 1, text: t })), tables });
const check = (paragraphs: string[], tables?: ReportText['tables']): Finding[] =>
  analyzeWorkbook([], { report: { text: text(paragraphs, tables) } }).report.findings.filter((f) => f.rule === 'report-inconsistent');

describe('report-inconsistent', () => {
  describe('valid', () => {
    it.each([
      ['the same figure twice', ['我部门调整预算数为 1125.54 万元。', '我部门调整预算数为 1125.54 万元。']],
      ['the same amount in 元 and in 万元 (11255400 元 = 1125.54 万元)', ['我部门调整预算数为 1125.54 万元。', '我部门调整预算数为 11255400 元。']],
      ['a rounded figure (1125.5 is 1125.54 at one decimal)', ['我部门调整预算数为 1125.54 万元。', '我部门调整预算数约 1125.5 万元。']],
      ['a rate one unit off in its last decimal (10.86 ÷ 46.5 = 23.355%, said 23.36%)', ['重点工作任务 2：机要保密局经费预算数为 46.5 万元，预算执行金额为 10.86 万元，预算执行率 23.36%。']],
      ['a rate against the adjusted budget, not the initial one (9565.63 ÷ 9593.18 = 99.71%)', ['我部门年初预算安排 8779.84 万元，调整预算数 9593.18 万元，共支付完成 9565.63 万元，预算执行率 99.71%。']],
      ['two items with different budgets', ['重点工作任务 1：党务经费预算数为 134.5 万元。', '重点工作任务 2：机要保密局经费预算数为 46.5 万元。']],
    ])('%s', (_, paragraphs) => expect(check(paragraphs)).toEqual([]));
  });

  describe('invalid', () => {
    it('two figures for one thing, quoting the later one', () => {
      const [f] = check(['我部门调整预算数为 1125.54 万元。', '', '我部门调整预算数为 1209.35 万元。']);
      expect(f).toMatchObject({ severity: 'warning', sheet: '', cell: '', expected: 1125.54, actual: 1209.35 });
      expect(f.message).toBe('自评报告中部门整体的调整预算数前后不一：第 3 段写 1209.35 万元，第 1 段写 1125.54 万元');
      expect(f.source).toEqual({ file: 'r.docx', paragraph: 3, excerpt: '我部门调整预算数为 1209.35 万元' });
    });
    it('the same number in 元 where 万元 was meant is two figures, said with both units', () => {
      const [f] = check(['我部门调整预算数为 1125.54 万元。', '我部门调整预算数为 1125.54 元。']);
      // 1125.54 元 = 0.112554 万元.
      expect(f.message).toBe('自评报告中部门整体的调整预算数前后不一：第 2 段写 1125.54 元（0.112554 万元），第 1 段写 1125.54 万元');
    });
    it('a rate that is not its own amounts\' quotient', () => {
      // 69.64 ÷ 134.5 = 51.7770% → 51.78%; said 5.18%.
      const [f] = check(['重点工作任务 1：党务经费预算数为 134.5 万元，预算执行金额为 69.64 万元，预算执行率 5.18%。']);
      expect(f.message).toBe('党务经费的预算执行率应为 51.78%（预算执行数 69.64 万元 ÷ 预算数 134.5 万元），报告第 1 段写 5.18%');
      expect(f).toMatchObject({ expected: 0.517770, actual: 0.0518 });
    });
    it('parts of a table that do not add up, a balance that is not received − spent', () => {
      // 市级 100 + 县级 5157.66 = 5257.66 ≠ 实际到位 5000; 结余 = 5000 − 4900 = 100 ≠ 0.
      const grid = gridFromRows('表1', [
        ['资金情况（万元）', '预算安排资金', '5257.66', '实际到位资金', '5000'],
        [null, '其中：市级资金', '100', '其中：市级资金', '100'],
        [null, '县级资金', '5157.66', '县级资金', '5157.66'],
        [null, '实际支出资金', '4900', '结余资金', '0'],
      ]);
      const found = check([], [grid]);
      expect(found.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([['表1', 'E1', 5257.66, 5000], ['表1', 'E4', 100, 0]]);
      expect(found[0].message).toBe('部门整体的实际到位资金应为 5257.66 万元（市级资金 100 + 县级资金 5157.66），报告表1 E1 单元格写 5000');
      expect(found[0].related).toEqual(['E2', 'E3']);
    });
    it('基本支出 + 项目支出 that is not the whole', () => {
      // 959.96 + 248 = 1207.96, said 1200.
      const [f] = check(['我部门年初预算数为 1200 万元，其中基本支出年初预算数 959.96 万元，项目支出年初预算数 248 万元。']);
      expect(f).toMatchObject({ expected: 1207.96, actual: 1200 });
    });
  });
});
