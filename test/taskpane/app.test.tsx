/** @jest-environment jsdom */
// The task pane over the Excel host over the fake Excel object model, with the real engine, on seed 002's table.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { analyzeWorkbook, REPORT_SHEET } from '../../src/core';
import { App } from '../../src/taskpane/components/App';
import { hostOver, seedWorkbook } from '../excel/helpers';
import { FakeExcel } from '../fakes/excel';

const SHEET = '部门整体绩效自评表';

function setup(options: { apiMinor?: number; locale?: 'zh-CN' | 'en-US' } = {}) {
  const { excel } = seedWorkbook({ apiMinor: options.apiMinor });
  const host = hostOver(excel, { analyze: analyzeWorkbook });
  const user = userEvent.setup();
  const view = render(<App host={host} locale={options.locale} />);
  return { excel, host, user, view };
}

async function opened() {
  await screen.findAllByTestId('finding');
}

describe('task pane', () => {
  it('shows the summary and the findings grouped by severity with counts, each explained with expected vs found', async () => {
    setup();
    await opened();
    expect(screen.getByTestId('total-score')).toHaveTextContent('100');
    expect(screen.getByTestId('grade')).toHaveTextContent('优');
    expect(screen.getByRole('meter', { name: '投入管理 20 / 20 分' })).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByRole('meter', { name: '预算执行 10 / 10 分' })).toBeInTheDocument();
    const errors = screen.getByRole('region', { name: /错误/ });
    expect(within(errors).getAllByTestId('finding')).toHaveLength(1);
    expect(within(errors).getByRole('heading')).toHaveTextContent('错误1');
    const warnings = screen.getByRole('region', { name: /警告/ });
    const warningCount = within(warnings).getAllByTestId('finding').length;
    expect(warningCount).toBeGreaterThanOrEqual(2);
    expect(within(warnings).getByRole('heading')).toHaveTextContent(`警告${warningCount}`);
    expect(within(warnings).getByText(/部门预算总额 的预算执行得分应为 10/)).toBeInTheDocument();
    const rate = screen.getByText(/全面深化改革经费 的预算执行率应为 14.30%/);
    expect(rate.closest('li')).toHaveTextContent('应为 14.30%，表中为 1.43%（重算可自动更正）');
    expect(screen.getByRole('region', { name: /警告/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /提示/ })).toBeInTheDocument();
  });

  it('selects the finding\'s cell in Excel when its 定位 button is clicked', async () => {
    const { excel, user } = setup();
    await opened();
    await user.click(screen.getByRole('button', { name: `定位到工作表“${SHEET}”的单元格 I12` }));
    expect(excel.selection).toEqual({ sheet: SHEET, address: 'I12' });
  });

  it('ignores a finding with a reason kept in the workbook, and resets the ignores', async () => {
    const { excel, user, host } = setup();
    await opened();
    await user.click(screen.getByRole('button', { name: '忽略 I12 的这条问题' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: '确定忽略' })).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), '按财政局口径保留');
    await user.click(within(dialog).getByRole('button', { name: '确定忽略' }));
    await waitFor(() => expect(screen.getByRole('region', { name: /已忽略/ })).toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: /已忽略/ })).getByText('理由：按财政局口径保留')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /错误/ })).toBeNull();
    const stored = JSON.parse(excel.settings.get('jixiao.settings') as string);
    expect(stored.ignores).toEqual([{ rule: 'rate-mismatch', sheet: SHEET, cell: 'I12', reason: '按财政局口径保留' }]);
    expect((await host.loadSettings()).ignores).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: '设置' }));
    await user.click(await screen.findByRole('button', { name: /重置全部忽略（1）/ }));
    await waitFor(() => expect(JSON.parse(excel.settings.get('jixiao.settings') as string).ignores).toEqual([]));
  });

  it('keeps the profile and grade bands in the workbook settings, refusing malformed bands', async () => {
    const { excel, user } = setup();
    await opened();
    await user.click(screen.getByRole('tab', { name: '设置' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '评分口径' }), 'yitihua');
    const bands = screen.getByRole('textbox', { name: /等级分档/ });
    await user.clear(bands);
    await user.type(bands, '60=中,85=优');
    expect(screen.getByText('等级分档须从高到低排列，下限依次递减')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存设置' })).toBeDisabled();
    await user.clear(bands);
    await user.type(bands, '85=优秀,75=良好,60=一般,0=较差');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    await screen.findByText('设置已保存到工作簿。');
    expect(JSON.parse(excel.settings.get('jixiao.settings') as string)).toEqual({ profile: 'yitihua', gradeBands: '85=优秀,75=良好,60=一般,0=较差', ignores: [] });
  });

  it('recalculates from the keyboard alone and reports what it wrote', async () => {
    const { excel, user } = setup();
    await opened();
    // Every control is a native, focusable button that Enter activates. (Tab order itself is checked in Chromium
    // by the e2e tests: Fluent's focus manager intercepts Tab under jsdom.)
    const recalc = screen.getByRole('button', { name: '重新计算' });
    expect(recalc.tagName).toBe('BUTTON');
    act(() => recalc.focus());
    expect(recalc).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(/重算完成：写入 9 个单元格；没有需要人工处理的问题。/);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    expect(excel.cell(SHEET, 'G4')?.value).toBe(100);
    expect(screen.getByRole('tab', { name: '重算后仍需处理的问题' })).toBeInTheDocument();
    expect(screen.getByText('可用 Ctrl+Z 一步撤销本次重算。', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤销本次写入' })).toBeNull();
  });

  it('after 重新计算 shows the table as it now reads: the total written as 100 is no longer "表中为 98"', async () => {
    const { excel, user } = setup();
    await opened();
    // Seed 002's header says 98; the budget score 9 → 10 and the indicator 1 → 2 make 98 + 1 + 1 = 100.
    expect(screen.getByTestId('total-entered')).toHaveTextContent('表中为 98');
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByText(/重算完成：写入 9 个单元格/);
    expect(excel.cell(SHEET, 'G4')?.value).toBe(100);
    expect(screen.getByTestId('total-score')).toHaveTextContent('100');
    expect(screen.queryByTestId('total-entered')).toBeNull();
  });

  it('offers no Ctrl+Z after a recalculation that rewrote no value', async () => {
    const { user } = setup();
    await opened();
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByText(/可用 Ctrl\+Z 一步撤销本次重算/);
    // The second run finds every derived cell right: nothing to rewrite, so nothing for Ctrl+Z to take back.
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByText(/重算完成：没有需要改写的数值/);
    expect(screen.queryByText(/Ctrl\+Z/)).toBeNull();
  });

  it('a workbook with no table is an error with what to do, never "没有发现问题", and offers no recalculation', async () => {
    const excel = new FakeExcel();
    excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
    excel.addSheet('说明', [['本表由财务科填报']]);
    render(<App host={hostOver(excel, { analyze: analyzeWorkbook })} />);
    const alert = await screen.findByTestId('no-table');
    expect(alert).toHaveTextContent('没有找到绩效自评表');
    expect(alert).toHaveTextContent('“一级指标”“二级指标”“三级指标”“分值”“得分”');
    expect(within(alert).getByRole('link', { name: '查看识别说明' })).toHaveAttribute('href', 'help.html#no-table');
    expect(screen.queryByText('没有发现问题。')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: '重新检查' })).toBeEnabled());
    expect(screen.getByRole('button', { name: '重新计算' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '导出校验报告' })).toBeDisabled();
  });

  it('offers 撤销本次写入 where Excel cannot group the undo, and it restores the workbook', async () => {
    const { excel, user } = setup({ apiMinor: 19 });
    await opened();
    const original = excel.dump();
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    const undo = await screen.findByRole('button', { name: '撤销本次写入' });
    expect(excel.dump()).not.toEqual(original);
    await user.click(undo);
    await screen.findByText('已撤销本次写入，工作簿恢复到重算之前。');
    expect(excel.dump()).toEqual(original);
  });

  it('exports the 校验结果 sheet and clears marks', async () => {
    const { excel, user } = setup();
    await opened();
    await user.click(screen.getByRole('button', { name: '导出校验报告' }));
    await screen.findByText(/已生成“校验结果”工作表，共 \d+ 条。/);
    expect(excel.findSheet(REPORT_SHEET)).toBeDefined();
    await user.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText(/已清除全部标记，单元格的原有底色和批注已恢复/);
    expect(excel.sheet(REPORT_SHEET).cells.size).toBe(0);
    expect(excel.undoStackClearingCalls).toEqual([]);
  });

  it('shows a protected sheet\'s refusal in words, having written nothing', async () => {
    const { excel, user } = setup();
    await opened();
    excel.sheet(SHEET).protected = true;
    const original = excel.dump();
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByText(/受保护，无法写入计算结果和标记/);
    expect(excel.dump()).toEqual(original);
  });

  it('ignores a finding from the keyboard: Enter opens the dialog, typing and Enter confirm', async () => {
    const { excel, user } = setup();
    await opened();
    act(() => screen.getByRole('button', { name: '忽略 I12 的这条问题' }).focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('textbox')).toHaveFocus());
    await user.keyboard('已与财政局沟通{Enter}');
    await waitFor(() => expect(JSON.parse((excel.settings.get('jixiao.settings') as string) ?? '{}').ignores?.[0]?.reason).toBe('已与财政局沟通'));
  });

  it('speaks en-US when Office does', async () => {
    setup({ locale: 'en-US' });
    await opened();
    expect(screen.getByRole('button', { name: 'Recalculate' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Errors/ })).toBeInTheDocument();
    await act(async () => undefined);
  });
});
