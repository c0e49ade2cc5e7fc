import { notANumber } from '../../../src/core/rules/not-a-number';
import type { SubjectKind } from '../../../src/core/values';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { ruleTester, subject, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
const finding = (cell: string, kind: SubjectKind, name: string, typed: string, messageId = 'text') => ({
  messageId, cell, related: [],
  data: { subject: subject(kind, name), actual: text(typed) },
  expected: null, actual: typed, fixable: false, write: null,
});

ruleTester(notANumber, {
  valid: [
    { name: 'seed 002 corrected (qualitative actuals 合理, 完整… are text by nature)', grids: correctSeed002() },
    { name: 'a correct project table', grids: P() },
    { name: '"—", "——", "/", "-" mean not applicable', grids: patch(P(), { C7: '—', D7: '——', E7: '/', C8: '-' }) },
    { name: 'text numbers are numbers', grids: patch(P(), { F13: '28', H13: '10' }) },
    { name: 'full-width digits are numbers', grids: patch(P(), { F13: '２８' }) },
    { name: 'numbers with their unit are numbers: "2100页" against ≥2000页, "28万元" against ≤30万元', grids: patch(P(), { F10: '2100页', F13: '28万元' }) },
    { name: 'an actual in 元 against a target in 万元 converts ("280000元" is 28)', grids: patch(P(), { F13: '280000元' }) },
  ],
  invalid: [
    { name: 'actual "完成" on a quantitative ≤30万元 indicator', grids: patch(P(), { F13: '完成' }), findings: [finding('F13', 'indicator-actual', '项目成本', '完成')] },
    { name: 'a weight typed as "十分"', grids: patch(P(), { G11: '十分' }), findings: [finding('G11', 'indicator-weight', '数字化合格率', '十分')] },
    // 1e308 overflows the first sum to Infinity: a figure of 10^15 or more is no figure (text.ts MAX_FIGURE)
    { name: 'an actual of 1e308', grids: patch(P(), { F13: 1e308 }), findings: [finding('F13', 'indicator-actual', '项目成本', '1e+308', 'huge')] },
    { name: 'an amount of 10^15 exactly', grids: patch(P(), { E5: 1e15 }), findings: [finding('E5', 'row-executed', '年度资金总额', '1000000000000000', 'huge')] },
    { name: 'an amount typed "约95万"', grids: patch(P(), { E5: '约95万' }), findings: [finding('E5', 'row-executed', '年度资金总额', '约95万')] },
    { name: 'an amount in a unit that is no money ("95人")', grids: patch(P(), { E5: '95人', E6: 95 }), findings: [finding('E5', 'row-executed', '年度资金总额', '95人')] },
    {
      name: 'an actual whose unit does not convert to its target\'s: "2100人" against ≥2000页',
      grids: patch(P(), { F10: '2100人' }),
      findings: [{
        messageId: 'unit', cell: 'F10', related: ['E10'],
        data: { name: text('档案数字化页数'), actual: text('2100人'), unit: text('人'), target: text('≥2000页'), targetUnit: text('页') },
        expected: null, actual: '2100人', fixable: false, write: null,
      }],
    },
  ],
});
