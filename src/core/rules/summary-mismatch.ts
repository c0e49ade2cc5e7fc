import { num } from '../model';
import { sameGrade } from '../profile';
import { compareRate, shownRate } from '../rate';
import { COLUMN_WORDS, type RollupDerived } from '../rollup/calc';
import { AMOUNT_COLUMNS } from '../rollup/locate';
import { amount, type Note, noNote, points, shown, type Term, text } from '../values';
import { derivedExpected, derivedNote, derivedValue } from './derived';
import { defineWorkbookRule, TOLERANCE_AMOUNT, TOLERANCE_SCORE } from './rule';
import { RULE_NAMES } from './names';

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance + 1e-9;
const where = (sheet: string, cell: string | null) => text(cell ? `${sheet}!${cell}` : sheet);

/** A derived cell of the roll-up that is not what its tables give (rates at their shown decimals). */
function isOff(d: RollupDerived): boolean {
  if (d.kind === 'grade') return !!d.text && typeof d.asRead === 'string' && !sameGrade(d.text, d.asRead);
  if (typeof d.asRead !== 'number' || !d.figure || d.figure.state === 'blank') return false;
  if (d.isRate) {
    const s = d.figure.state === 'invalid' ? null : shownRate(d.figure, d.asRead);
    return !s || compareRate(s, d.asRead) === 'mismatch';
  }
  const typed = num(d.figure);
  const tolerance = d.kind === 'rollup-average' ? TOLERANCE_SCORE : TOLERANCE_AMOUNT;
  return typed === null || ![d.asRead, ...d.accepts].some((v) => near(typed, v, tolerance));
}

/**
 * summary-mismatch: a roll-up sheet (项目支出绩效自评汇总表) that says other than its tables — a listed table's amount,
 * rate, score or grade; the 合计 line; the average; or the list itself (a table left out, a row for no table, one
 * listed twice, a count that is not the number listed). See src/core/rollup/calc.ts for what the truth is.
 */
export const summaryMismatch = defineWorkbookRule({
  id: 'summary-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['summary-mismatch'],
    description: {
      'zh-CN': '汇总表的金额、执行率、得分、等级、合计、平均分和项目个数须与各自评表一致',
      'en-US': "A roll-up's amounts, rates, scores, grades, totals, average and count must agree with its tables",
    },
    messages: {
      'zh-CN': {
        amount: '汇总表中“{name}”的{column}为 {actual}，其自评表（{ref}）为 {expected}',
        score: '汇总表中“{name}”的{column}为 {actual}，其自评表（{ref}）的总分为 {expected}{note}',
        derived: '{subject}应为 {expected}（{how}），表中为 {actual}{note}',
        total: '{subject}的{column}应为 {expected}（{how}），表中为 {actual}{note}',
        noTable: '汇总表列出的“{name}”在本工作簿中没有对应的{kind}（按名称比对）',
        duplicate: '汇总表中“{name}”与第 {first} 行对应同一张自评表（{ref}），重复列出',
        missing: '工作簿中有 {expected} 张{kind}，汇总表只对应上其中 {actual} 张，未列入：{names}',
        count: '汇总表写明共 {actual} 个，实际列出 {expected} 个',
      },
      'en-US': {
        amount: 'the roll-up gives {column} of {name} as {actual}; its table ({ref}) says {expected}',
        score: 'the roll-up gives {column} of {name} as {actual}; its table ({ref}) totals {expected}{note}',
        derived: '{subject} should be {expected} ({how}), it shows {actual}{note}',
        total: '{column} on {subject} should be {expected} ({how}), it shows {actual}{note}',
        noTable: 'the roll-up lists {name}, but this workbook holds none of its {kind} by that name',
        duplicate: 'the roll-up lists {name} again: row {first} already stands for that table ({ref})',
        missing: 'the workbook holds {expected} {kind}; the roll-up accounts for {actual}, leaving out: {names}',
        count: 'the roll-up states {actual} in all, it lists {expected}',
      },
    },
  },
  check(ctx) {
    const { rollup, tables, lines, missing, derived } = ctx.rollup;
    const kind: Term = { type: 'term', term: rollup.lists === 'project' ? 'tables-project' : rollup.lists === 'department' ? 'tables-department' : 'tables-any' };
    const columnName = (key: keyof typeof rollup.labels) => text(rollup.labels[key] ?? COLUMN_WORDS[key]);

    for (const c of lines) {
      const name = text(c.line.label.text);
      if (c.duplicateOf !== null) {
        const first = lines[c.duplicateOf];
        ctx.report({
          messageId: 'duplicate', data: { name, first: amount(first.line.row + 1), ref: where(first.table!.sheet, first.table!.nameCell) },
          cell: c.line.label.cell, related: [first.line.label.cell], expected: null, actual: name, fixable: false,
        });
      } else if (!c.table && tables.length > 0) {
        ctx.report({ messageId: 'noTable', data: { name, kind }, cell: c.line.label.cell, related: [], expected: null, actual: name, fixable: false });
      }
      const table = c.table;
      if (!table) continue;
      for (const key of AMOUNT_COLUMNS) {
        const fig = c.line[key];
        const truth = c.tableAmounts[key];
        if (!fig || fig.state === 'blank' || fig.state === 'na' || !truth) continue;
        const typed = num(fig);
        if (typed !== null && near(typed, truth.value, TOLERANCE_AMOUNT)) continue;
        ctx.report({
          messageId: 'amount',
          data: { name, column: columnName(key), actual: shown(fig), expected: amount(truth.value), ref: where(table.sheet, truth.cell) },
          cell: fig.cell, related: [`${table.sheet}!${truth.cell}`], expected: amount(truth.value), actual: typed === null ? text(String(fig.raw)) : amount(typed), fixable: false,
        });
      }
      const score = c.line.score;
      if (score && score.state !== 'blank' && score.state !== 'na' && table.score !== null) {
        const typed = num(score);
        if (typed !== null && near(typed, table.score, TOLERANCE_SCORE)) continue;
        const recalculated = table.scoreEntered !== null && !near(table.scoreEntered, table.score, TOLERANCE_SCORE);
        const note: Note = recalculated ? { type: 'note', kind: 'table-recalculated', entered: points(table.scoreEntered!), value: points(table.score) } : noNote;
        ctx.report({
          messageId: 'score',
          data: { name, column: columnName('score'), actual: shown(score), expected: points(table.score), ref: where(table.sheet, table.scoreCell), note },
          cell: score.cell, related: table.scoreCell ? [`${table.sheet}!${table.scoreCell}`] : [], expected: points(table.score),
          actual: typed === null ? text(String(score.raw)) : points(typed), fixable: false,
        });
      }
    }

    for (const d of derived) {
      if (!isOff(d)) continue;
      const actual = d.kind === 'grade' ? text(d.text!) : shown(d.figure);
      const data = { subject: d.subject, expected: derivedValue(d, d.asRead!), how: d.how!, actual, note: derivedNote(d) };
      const typed = d.kind === 'grade' ? text(d.text!) : num(d.figure) === null ? text(String(d.figure!.raw)) : derivedValue(d, num(d.figure)!);
      ctx.report({
        ...(d.kind === 'rollup-total' ? { messageId: 'total' as const, data: { ...data, column: text(d.column) } } : { messageId: 'derived' as const, data }),
        cell: d.cell, related: d.related, expected: derivedExpected(d), actual: typed, fixable: !d.formula,
      });
    }

    if (missing.length > 0) {
      const cell = rollup.count?.cell ?? rollup.total?.label.cell ?? rollup.average?.label.cell ?? rollup.nameHeader;
      const names = missing.map((f) => (f.name === f.sheet ? f.name : `${f.name}（${f.sheet}）`)).join('、');
      const accounted = tables.length - missing.length;
      ctx.report({
        messageId: 'missing', data: { expected: amount(tables.length), actual: amount(accounted), kind, names: text(names) },
        cell, related: missing.map((f) => (f.nameCell ? `${f.sheet}!${f.nameCell}` : f.sheet)), expected: amount(tables.length), actual: amount(accounted), fixable: false,
      });
    } else if (rollup.count && rollup.count.value !== lines.length) {
      ctx.report({
        messageId: 'count', data: { expected: amount(lines.length), actual: amount(rollup.count.value) },
        cell: rollup.count.cell, related: [], expected: amount(lines.length), actual: amount(rollup.count.value), fixable: false,
      });
    }
  },
});
