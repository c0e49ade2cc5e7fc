/** @jest-environment jsdom */
// 生成提交版 from the pane, over the Excel host over the fake Excel, with the stand-in engine on seed 002 (it marks
// I17 and I28 as warnings, so there are marks to remove): it asks first, cancel changes nothing, and the message says
// what went.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { CHANGE_SHEET, REPORT_SHEET } from '../../src/core';
import { App } from '../../src/taskpane/components/App';
import { hostOver, seedWorkbook } from '../excel/helpers';

const SHEET = '部门整体绩效自评表';

async function recalculated() {
  const { excel } = seedWorkbook();
  excel.sheet(SHEET).cells.get('I17')!.fill = 'FFFF00';
  const host = hostOver(excel);
  const user = userEvent.setup();
  render(<App host={host} />);
  await screen.findAllByTestId('finding');
  await user.click(screen.getByRole('button', { name: '重新计算' }));
  await screen.findByText(/^重算完成/);
  expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFEB9C');
  expect(excel.findSheet(REPORT_SHEET)).toBeDefined();
  expect(excel.findSheet(CHANGE_SHEET)).toBeDefined();
  return { excel, host, user };
}

async function openCleanDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '生成提交版' }));
  return screen.findByRole('alertdialog');
}

describe('生成提交版 in the pane', () => {
  it('is a button of its own and asks first, saying what goes and that the values stay', async () => {
    const { user } = await recalculated();
    const dialog = await openCleanDialog(user);
    expect(within(dialog).getByRole('heading', { name: '生成提交版' })).toBeInTheDocument();
    const items = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['单元格的标记底色（恢复原底色）', '助手写的批注（恢复原批注）', '“校验结果”工作表', '“修改记录”工作表', '标记记录（隐藏的 jixiao_marks）']);
    expect(dialog).toHaveTextContent('重算填入的执行率、得分、合计和等级保留不变。');
    expect(dialog).toHaveTextContent('无法用 Ctrl+Z 撤销');
  });

  it('cancel changes nothing', async () => {
    const { excel, user } = await recalculated();
    const before = JSON.stringify(excel.dump());
    const dialog = await openCleanDialog(user);
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(JSON.stringify(excel.dump())).toBe(before);
    expect(screen.queryByText(/^已生成提交版/)).not.toBeInTheDocument();
  });

  it('confirmed, cleans the workbook in place and says what it removed', async () => {
    const { excel, user } = await recalculated();
    const written = excel.cell(SHEET, 'I12');
    const marked = JSON.parse(excel.settings.get('jixiao.ledger') as string) as string[][];
    const dialog = await openCleanDialog(user);
    await user.click(within(dialog).getByRole('button', { name: '生成提交版' }));
    const message = await screen.findByText(/^已生成提交版/);
    // Every ledger row (the header aside) is a cell put back.
    expect(marked.length - 1).toBe(2);
    expect(message).toHaveTextContent(`已生成提交版：恢复了 ${marked.length - 1} 个单元格的原底色和批注，删除了工作表“校验结果”“修改记录”；重算填入的数值保留。请另存为报送文件。`);
    expect(excel.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明']);
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
    expect(excel.cell(SHEET, 'I12')).toEqual(written);
    expect(excel.settings.has('jixiao.ledger')).toBe(false);
    // The pane now shows the clean workbook: its findings as read, nothing left to undo.
    expect(screen.queryByRole('button', { name: '撤销本次写入' })).not.toBeInTheDocument();
  });
});
