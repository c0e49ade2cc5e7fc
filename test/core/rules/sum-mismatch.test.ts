import { sumMismatch } from '../../../src/core/rules/sum-mismatch';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amount, cellShows, parts, ruleTester, term, text } from '../rule-tester';

const FISCAL = '其中:当年财政拨款'; // "其中：当年财政拨款" as read: full-width colon folded
/** 资金来源 of a project table: 当年财政拨款 + 上年结转资金 + 其他资金. */
const sources = (fiscal: number, carryover: number, other: number) =>
  parts([
    { label: text(FISCAL), value: amount(fiscal) },
    { label: text('上年结转资金'), value: amount(carryover) },
    { label: text('其他资金'), value: amount(other) },
  ]);

ruleTester(sumMismatch, {
  valid: [
    { name: 'seed 002 as published: 资金来源 and 资金结构 add up (blank 其他资金 counts 0)', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table, 上年结转/其他资金 blank', grids: projectGrid(correctProject()) },
    {
      name: 'project parts 90 + 10 + 0 = 100 with 上年结转 "—"',
      grids: projectGrid(correctProject({ fiscal: [90, 90, 85], carryover: ['—', '—', '—'], other: [10, 10, 10] })),
    },
    { name: 'every part blank: the check is skipped', grids: projectGrid(correctProject({ fiscal: [null, null, null] })) },
    { name: 'parts as text numbers that add up', grids: projectGrid(correctProject({ fiscal: ['100', '100', '95'] })) },
  ],
  invalid: [
    {
      name: '年度资金总额 0 / 0 / 0 while 本年财政拨款 is 90 / 89.974 / 89.974',
      grids: projectGrid(correctProject({ total: [0, 0, 0], fiscal: [90, 89.974, 89.974], budgetRate: null, fiscalRate: 0.9997, budgetScore: null })),
      findings: (['C', 'D', 'E'] as const).map((col, i) => {
        const sum = [90, 89.974, 89.974][i]; // 90 + 0 + 0 and 89.974 + 0 + 0
        return {
          messageId: 'wrong', cell: `${col}5`, related: [`${col}6`, `${col}7`, `${col}8`],
          data: { label: text('年度资金总额'), column: term((['initial', 'adjusted', 'executed'] as const)[i]), expected: amount(sum), set: term('sources'), parts: sources(sum, 0, 0), actual: cellShows(0) },
          expected: sum, actual: 0, fixable: false, write: null,
        };
      }),
    },
    {
      name: 'seed 002 资金结构: 项目支出 年初 250 makes 959.96 + 250 = 1209.96 ≠ 1207.96',
      grids: patch(seed002Grid(), { D19: 250 }),
      findings: [
        {
          messageId: 'wrong', cell: 'D15', related: ['D18', 'D19'],
          data: {
            label: text('部门预算总额'), column: term('initial'), expected: amount(1209.96), set: term('structure'),
            parts: parts([{ label: text('2、资金结构:(1)基本支出'), value: amount(959.96) }, { label: text('(2)项目支出'), value: amount(250) }]),
            actual: cellShows(1207.96),
          },
          expected: 1209.96, actual: 1207.96, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'project: 其他资金 10 left out of the total (100 + 0 + 10 = 110 against 100; executed 95 + 0 + 0 agrees)',
      grids: projectGrid(correctProject({ fiscal: [100, 100, 95], other: [10, 10, 0] })),
      findings: (['C', 'D'] as const).map((col, i) => ({
        messageId: 'wrong', cell: `${col}5`, related: [`${col}6`, `${col}7`, `${col}8`],
        data: { label: text('年度资金总额'), column: term((['initial', 'adjusted'] as const)[i]), expected: amount(110), set: term('sources'), parts: sources(100, 0, 10), actual: cellShows(100) },
        expected: 110, actual: 100, fixable: false, write: null,
      })),
    },
  ],
});
