import { PROFILES } from '../../../src/core';
import { deriveTable } from '../../../src/core/derive';
import { locateTables } from '../../../src/core/locate';
import { parseTable } from '../../../src/core/parse';
import { overCompletion } from '../../../src/core/rules/over-completion';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('over-completion', 'warning', {
  valid: [
    { name: 'seed 002 corrected (95% against ≥90% is 106%)', grids: correctSeed002() },
    { name: 'a correct project table (2100 against ≥2000)', grids: P() },
    { name: '3061 against ≥2000 with a reason given', grids: patch(P(), { F10: 3061, I10: '新增历史档案抢救性数字化任务' }) },
    { name: 'just under the threshold: 2399 against ≥2000 (1.2 × 2000 = 2400)', grids: patch(P(), { F10: 2399 }) },
    { name: '反向 (≤30万元) far under its target is not over-completion', grids: patch(P(), { F13: 10 }) },
    { name: 'percent: 100% against ≥98%', grids: patch(P(), { F11: 1 }) },
    { name: 'yitihua uses the same 1.2 threshold: 2399 stays silent', grids: patch(P(), { F10: 2399 }), options: { profile: 'yitihua' } },
  ],
  invalid: [
    {
      name: '3061 against ≥2000 with full marks and no explanation',
      grids: patch(P(), { F10: 3061 }),
      findings: [{ cell: 'I10', expected: null, actual: 3061, message: '指标“档案数字化页数”实际 3061，达到目标 ≥2000页 的 153%（≥ 1.2 倍），目标可能偏低，请在偏差原因中说明' }],
    },
    {
      name: 'exactly at the profile threshold: 2400 against ≥2000',
      grids: patch(P(), { F10: 2400 }),
      findings: [{ cell: 'I10', actual: 2400, message: '的 120%（≥ 1.2 倍）' }],
    },
    {
      name: 'yitihua profile: 2400 against ≥2000',
      grids: patch(P(), { F10: 2400 }),
      options: { profile: 'yitihua' },
      findings: [{ cell: 'I10', actual: 2400, message: '≥ 1.2 倍' }],
    },
    {
      name: 'percent target: 满意度 ≥ 60% with 95%',
      grids: patch(P(), { E15: '≥60%', F15: 0.95 }),
      findings: [{ cell: 'I15', actual: 0.95, message: '实际 95.00%，达到目标 ≥60% 的 158%' }],
    },
  ],
});

describe('over-completion threshold comes from the profile', () => {
  // Guangxi uses 1.3: run the rule itself with such a profile on the parsed table.
  const check = (actual: number, threshold: number): string[] => {
    const grid = patch(P(), { F10: actual });
    const table = parseTable(locateTables(grid)[0]);
    const profile = { ...PROFILES.national, overCompletionThreshold: threshold };
    const calc = deriveTable(table, profile, profile.gradeBands);
    const cells: string[] = [];
    overCompletion.check!({ table, calc, profile, bands: profile.gradeBands, locale: 'zh-CN', report: (r) => cells.push(r.cell) });
    return cells;
  };
  it('2500 against ≥2000 (125%) fires at 1.2 but not at 1.3', () => {
    expect(check(2500, 1.2)).toEqual(['I10']);
    expect(check(2500, 1.3)).toEqual([]);
  });
  it('2600 against ≥2000 (130%) fires at 1.3', () => expect(check(2600, 1.3)).toEqual(['I10']));
});
