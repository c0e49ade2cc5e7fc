// summary-mismatch on the department of test/core/rollup/fixtures.ts: a 项目支出绩效自评汇总表 (rows 4–6, 合计 row 7,
// 平均得分 row 8) beside its three project tables; every expected figure is worked out there by hand.
import { NATIONAL_GRADE_BANDS } from '../../../src/core';
import { summaryMismatch } from '../../../src/core/rules/summary-mismatch';
import type { Calculation } from '../../../src/core/values';
import { department, ROLLUP_SHEET, rollupRows, rollupWith } from '../rollup/fixtures';
import { amount, cellShows, noNote, points, quotient, rate, ruleTester, subject, term, text } from '../rule-tester';

const sheet = ROLLUP_SHEET;
const gradeBands = (total: number): Calculation => ({
  type: 'calc', kind: 'grade-bands', total: points(total), bands: NATIONAL_GRADE_BANDS.map((b) => ({ min: points(b.min), label: text(b.label) })),
});

ruleTester(summaryMismatch, {
  valid: [
    { name: 'a roll-up that agrees with its three tables, one of them in 元', grids: department() },
    { name: 'a roll-up with no table beside it, right among its own rows', grids: department(rollupRows(), []) },
  ],
  invalid: [
    {
      name: 'an executed amount that is not its table’s (20 for 18.24)',
      grids: department(rollupWith({ E5: 20 })),
      findings: [{
        messageId: 'amount', sheet, cell: 'E5', related: ['公车租赁费!E5'],
        data: { name: text('公车租赁费'), column: text('全年执行数'), actual: cellShows(20), expected: amount(18.24), ref: text('公车租赁费!E5') },
        expected: 18.24, actual: 20, fixable: false, write: null,
      }],
    },
    {
      name: 'a score that is not its table’s total (88 for 0.8 + 88 = 88.8)',
      grids: department(rollupWith({ G6: 88 })),
      findings: [{
        messageId: 'score', sheet, cell: 'G6', related: ['招商引资专项经费!H16'],
        data: { name: text('招商引资专项'), column: text('自评得分'), actual: cellShows(88), expected: points(88.8), ref: text('招商引资专项经费!H16'), note: noNote },
        expected: 88.8, actual: 88, fixable: false, write: null,
      }],
    },
    {
      name: 'a rate that is not 执行数 ÷ 全年预算数 (67% for 18.24 ÷ 24 = 76%), a grade out of its band, a wrong average',
      grids: department(rollupWith({ F5: 0.67, H4: '良', G8: 94.25 })),
      findings: [
        {
          messageId: 'derived', sheet, cell: 'H4', related: ['G4'],
          data: { subject: subject('rollup-grade', '档案数字化建设项目'), expected: text('优'), how: gradeBands(97.5), actual: text('良'), note: noNote },
          expected: '优', actual: '良', fixable: true, write: '优',
        },
        {
          messageId: 'derived', sheet, cell: 'F5', related: [],
          data: { subject: subject('rollup-rate', '公车租赁费'), expected: rate(0.76), how: quotient(amount(18.24), amount(24)), actual: cellShows(0.67, 2), note: noNote },
          expected: 0.76, actual: 0.67, fixable: true, write: 0.76,
        },
        {
          // (97.5 + 95.6 + 88.8) ÷ 3 = 281.9 ÷ 3 = 93.97
          messageId: 'derived', sheet, cell: 'G8', related: [],
          data: { subject: subject('rollup-average', '平均得分'), expected: points(93.97), how: { type: 'calc', kind: 'mean', sum: points(281.9), count: amount(3) }, actual: cellShows(94.25), note: noNote },
          expected: 93.97, actual: 94.25, fixable: true, write: 93.97,
        },
      ],
    },
    {
      name: 'a 合计 that is not the sum of the listed tables (114.4 for 95 + 18.24 + 1.2 = 114.44)',
      grids: department(rollupWith({ E7: 114.4 })),
      findings: [{
        messageId: 'total', sheet, cell: 'E7', related: [],
        data: {
          subject: subject('rollup-total', '合计（共3个项目）'), column: text('全年执行数'), expected: points(114.44),
          how: { type: 'calc', kind: 'listed-sum', count: amount(3), column: text('全年执行数') }, actual: cellShows(114.4), note: noNote,
        },
        expected: 114.44, actual: 114.4, fixable: true, write: 114.44,
      }],
    },
    {
      name: 'a row naming no table, and the table it failed to name',
      grids: department(rollupWith({ B6: '招商引资补助' })),
      findings: [
        {
          messageId: 'noTable', sheet, cell: 'B6', related: [], data: { name: text('招商引资补助'), kind: term('tables-project') },
          expected: null, actual: '招商引资补助', fixable: false, write: null,
        },
        {
          messageId: 'missing', sheet, cell: 'A7', related: ['招商引资专项经费!B2'],
          data: { expected: amount(3), actual: amount(2), kind: term('tables-project'), names: text('招商引资专项经费') },
          expected: 3, actual: 2, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'a table listed twice',
      grids: department(rollupWith({ B6: '公车 租赁费' })),
      findings: [
        {
          messageId: 'duplicate', sheet, cell: 'B6', related: ['B5'], data: { name: text('公车 租赁费'), first: amount(5), ref: text('公车租赁费!B2') },
          expected: null, actual: '公车 租赁费', fixable: false, write: null,
        },
        {
          messageId: 'missing', sheet, cell: 'A7', related: ['招商引资专项经费!B2'],
          data: { expected: amount(3), actual: amount(2), kind: term('tables-project'), names: text('招商引资专项经费') },
          expected: 3, actual: 2, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'a count that is not the number listed (共4个 for three rows)',
      grids: department(rollupWith({ A7: '合计（共4个项目）' })),
      findings: [{
        messageId: 'count', sheet, cell: 'A7', related: [], data: { expected: amount(3), actual: amount(4) },
        expected: 3, actual: 4, fixable: false, write: null,
      }],
    },
  ],
});
