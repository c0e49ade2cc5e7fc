import { analyzeWorkbook, type Finding } from '../../../src/core';
import type { ReportText } from '../../../src/core/claims';
import { seed002Grid } from '../../fixtures/seed002';

const text = (...paragraphs: string[]): ReportText => ({ file: 'r.docx', paragraphs: paragraphs.map((t, i) => ({ index: i + 1, text: t })), tables: [] });
const check = (...paragraphs: string[]): Finding[] =>
  analyzeWorkbook([seed002Grid()], { report: { text: text(...paragraphs) } }).report.findings.filter((f) => f.rule === 'report-mismatch');

// seed 002's table: 部门预算总额 1207.96 / 1125.54 / 1125.54 (D15:F15), 基本支出 959.96 / 1030.77 / 1030.77 (row 18),
// 任务 1 党务经费 134.5 / 69.64 / 51.78% (D6, G6, I6), 自评得分 98 (G2), 自评结果 优 (G3), “三公经费”控制率 23% (F29).
describe('report-mismatch', () => {
  describe('valid', () => {
    it.each([
      ['the budget row', '我部门预算年初数为 1207.96 万元，调整预算数为 1125.54 万元，预算执行金额 1125.54 万元，预算执行率 100%。'],
      ['in 元 (12079600 元 = 1207.96 万元)', '我部门预算年初数为 12079600 元。'],
      ['a task by name', '重点工作任务 1：党务经费预算数为 134.5 万元，预算执行金额为 69.64 万元，预算执行率 51.78%。'],
      ['基本支出', '其中基本支出调整预算数 1030.77 万元。'],
      ['score and grade', '我部门2021年部门整体绩效最终得分为98分，整体绩效评价等级为“优”。'],
      ['the “三公” rate at the table\'s precision (23.18% is 23%)', '“三公经费”年初预算 28 万元，实际支出 6.49 万元，“三公经费”控制率 23.18%。'],
      ['an item the table does not have', '重点工作任务 9：不存在的经费预算数为 1 万元。'],
    ])('%s', (_, p) => expect(check(p)).toEqual([]));
  });
  describe('invalid', () => {
    it('an amount against its cell', () => {
      const [f] = check('重点工作任务 1：党务经费预算数为 143.5 万元。');
      expect(f).toMatchObject({ severity: 'error', sheet: '部门整体绩效自评表', cell: 'D6', expected: 134.5, actual: 143.5 });
      expect(f.message).toBe('自评报告第 1 段写党务经费的预算数为 143.5 万元，表中 部门整体绩效自评表!D6 为 134.5 万元');
    });
    it('an amount in 元 that is the table\'s figure in 万元: the units differ', () => {
      const [f] = check('我部门预算年初数为 1207.96 元。');
      expect(f).toMatchObject({ cell: 'D15', expected: 1207.96, actual: 0.120796 });
      expect(f.message).toContain('1207.96 元（0.120796 万元）');
    });
    it('the grade and the score', () => {
      const found = check('我部门最终得分为95分，评价等级为“良”。');
      expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['G2', 98, 95], ['G3', '优', '良']]);
    });
    it('the “三公” rate', () => {
      const [f] = check('“三公经费”控制率 32%。');
      expect(f).toMatchObject({ cell: 'F29', expected: 0.23, actual: 0.32 });
    });
  });
});
