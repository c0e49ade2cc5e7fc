import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('number-as-text', 'info', {
  valid: [
    { name: 'a project table typed as numbers', grids: P() },
    { name: 'qualitative actuals are text by nature', grids: patch(P(), { F12: '按期完成' }) },
    { name: '"—" is not applicable, not a number', grids: patch(P(), { C7: '—' }) },
  ],
  invalid: [
    {
      name: '"134.5" stored as text (seed 002 task 1 budget)',
      grids: patch(correctSeed002({}), { D6: '134.5' }),
      findings: [
        { cell: 'D6', expected: 134.5, actual: '134.5', message: '党务经费 的预算资金“134.5”以文本形式存储，已按数字 134.5 读取' },
        ...['F25', 'F26', 'F28', 'F29', 'F40', 'F41', 'F44'].map((cell) => ({ cell, message: '以文本形式存储' })),
      ],
    },
    {
      name: '"51.78%" text rate',
      grids: patch(P(), { G5: '95.00%' }),
      findings: [{ cell: 'G5', expected: 0.95, actual: '95.00%', message: '年度资金总额 的预算执行率“95.00%”以文本形式存储，已按数字 95% 读取' }],
    },
    {
      name: 'seed 002: the actual "90%" text of 预算执行率',
      grids: correctSeed002(),
      findings: [
        { cell: 'F26', expected: 0.9, actual: '90%', message: '指标“预算执行率”的实际完成值“90%”以文本形式存储，已按数字 90% 读取' },
        ...['F25', 'F28', 'F29', 'F40', 'F41', 'F44'].map((cell) => ({ cell, message: '以文本形式存储' })),
      ],
    },
  ],
});
