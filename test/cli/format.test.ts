// The recalc listing: what was read, what was written, then the table as it now reads.
import { formatRecalc } from '../../src/cli/format';
import { analyzeWorkbook } from '../../src/core';
import { correctProject, indicatorRow, projectGrid } from '../core/helpers';

// correctProject by hand (domain.md §2): 95 ÷ 100 × 10 = 9.5, indicators 20 + 10 + 10 + 10 + 28 + 10 = 88, total 97.5, 优.
// The 效益 row (index 4) scores 28 of 30; without its reason it stays a deviation-unexplained warning after recalc.
const withoutReason = () => {
  const spec = correctProject();
  const [first, second, third, target, actual, weight, score] = spec.indicators![4];
  spec.indicators![4] = [first, second, third, target, actual, weight, score, null];
  return spec;
};
const reasonCell = `I${indicatorRow(4)}`;

describe('formatRecalc', () => {
  test('after the writes the table is shown as it now reads: the total that now holds 97.5 is not "表中为 95.5"', () => {
    // The 总分 row (after the six indicators, row 16) typed as 95.5: recalc writes 97.5.
    const grid = projectGrid({ ...withoutReason(), totalRow: [100, 95.5] });
    const text = formatRecalc('a.xlsx', 'b.xlsx', analyzeWorkbook([grid]), { reportSheet: '校验结果' });
    const [before, after] = text.split('仍需人工处理');
    expect(before).toContain('项目支出绩效自评表!H16：95.5 → 97.5');
    expect(before).toContain('应得总分 97.5，表中为 95.5');
    expect(after).toContain('应得总分 97.5，等级 优');
    expect(after).not.toContain('95.5');
    expect(after).toContain(`项目支出绩效自评表!${reasonCell} deviation-unexplained`);
  });

  test('when nothing is rewritten it says what the copy still carries: the marks and the 校验结果 sheet', () => {
    const text = formatRecalc('a.xlsx', 'b.xlsx', analyzeWorkbook([projectGrid(withoutReason())]), { reportSheet: '校验结果' });
    expect(text).not.toContain('无需写入');
    // One finding left (the unexplained deviation) → one mark.
    expect(text).toContain('没有需要改写的数值；已标出 1 处问题，并写入“校验结果”工作表');
    const en = formatRecalc('a.xlsx', 'b.xlsx', analyzeWorkbook([projectGrid(correctProject())], { locale: 'en-US' }), { reportSheet: '校验结果', locale: 'en-US' });
    expect(en).toContain('No value needed rewriting; wrote the sheet “校验结果”');
  });

  test('with nothing left it still names each table as it now reads', () => {
    const grid = projectGrid({ ...correctProject(), totalRow: [100, 95.5] });
    const text = formatRecalc('a.xlsx', 'b.xlsx', analyzeWorkbook([grid]), { reportSheet: '校验结果' });
    const after = text.slice(text.indexOf('重算后未发现问题'));
    expect(after).toContain('应得总分 97.5，等级 优');
    expect(after).not.toContain('表中为');
  });
});
