/** @jest-environment jsdom */
// The task pane over the WPS host over the fake ET object model, with the real engine.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { App } from '../../src/taskpane/components/App';
import { FakeWps } from '../fakes/wps';
import { hostOver, seed002Workbook } from '../wps/helpers';

describe('task pane in WPS', () => {
  it('a workbook with no table: an error with the headers looked for and the help link, no recalculation, no "没有发现问题"', async () => {
    const wps = new FakeWps();
    wps.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
    render(<App host={hostOver(wps)} />);
    const alert = await screen.findByTestId('no-table');
    expect(alert).toHaveTextContent('没有找到绩效自评表');
    expect(alert).toHaveTextContent('“年初预算数”“全年预算数”“全年执行数”');
    expect(within(alert).getByRole('link', { name: '查看识别说明' })).toHaveAttribute('href', 'help.html#no-table');
    expect(screen.queryByText('没有发现问题。')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: '重新检查' })).toBeEnabled());
    expect(screen.getByRole('button', { name: '重新计算' })).toBeDisabled();
  });

  it('after 重新计算 the summary shows the total the header now holds (98 typed, 100 written)', async () => {
    const wps = seed002Workbook();
    const user = userEvent.setup();
    render(<App host={hostOver(wps)} />);
    // Seed 002: header 自评得分 98; budget score 9 → 10 and indicator 1 → 2 give 98 + 1 + 1 = 100.
    expect(await screen.findByTestId('total-entered')).toHaveTextContent('表中为 98');
    await user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByText(/重算完成/);
    expect(screen.getByTestId('total-score')).toHaveTextContent('100');
    expect(screen.queryByTestId('total-entered')).toBeNull();
  });
});
