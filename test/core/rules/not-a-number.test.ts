import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('not-a-number', 'error', {
  valid: [
    { name: 'seed 002 corrected (qualitative actuals 合理, 完整… are text by nature)', grids: correctSeed002() },
    { name: 'a correct project table', grids: P() },
    { name: '"—", "——", "/", "-" mean not applicable', grids: patch(P(), { C7: '—', D7: '——', E7: '/', C8: '-' }) },
    { name: 'text numbers are numbers', grids: patch(P(), { F13: '28', H13: '10' }) },
    { name: 'full-width digits are numbers', grids: patch(P(), { F13: '２８' }) },
  ],
  invalid: [
    {
      name: 'actual "完成" on a quantitative ≤30万元 indicator',
      grids: patch(P(), { F13: '完成' }),
      findings: [{ cell: 'F13', expected: null, actual: '完成', message: '指标“项目成本”的实际完成值应为数字，表中为“完成”，无法计算' }],
    },
    {
      name: 'a weight typed as "十分"',
      grids: patch(P(), { G11: '十分' }),
      findings: [{ cell: 'G11', actual: '十分', message: '指标“数字化合格率”的分值应为数字，表中为“十分”' }],
    },
    {
      name: 'an amount typed "约95万"',
      grids: patch(P(), { E5: '约95万' }),
      findings: [{ cell: 'E5', actual: '约95万', message: '年度资金总额 的执行数应为数字' }],
    },
  ],
});
