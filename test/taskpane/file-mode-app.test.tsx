/** @jest-environment jsdom */
// The shared App over a file-mode Host: nothing to act on before a file is open, settings kept in the browser.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { analyzeWorkbook, type EngineOptions } from '../../src/core';
import { App } from '../../src/taskpane/components/App';
import type { CheckedWorkbook, Host, PaneSettings } from '../../src/host';
import { seed002Grid } from '../fixtures/seed002';

/** A file-mode host whose files are plain grids; `open` adds seed 002's table. */
function fileHost() {
  const files: { name: string; grids: ReturnType<typeof seed002Grid>[] }[] = [];
  let saved: PaneSettings = { profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] };
  const checked = (options: EngineOptions): CheckedWorkbook[] =>
    files.map((f) => ({ name: f.name, analysis: analyzeWorkbook(f.grids, options) }));
  const host: Host = {
    mode: 'file',
    check: async (options) => checked(options),
    recalc: async (options) => checked(options),
    select: async () => undefined,
    clearMarks: async () => undefined,
    loadSettings: async () => saved,
    saveSettings: async (s) => {
      saved = s;
    },
  };
  return { host, open: () => files.push({ name: 'department-2021-jinshui.xlsx', grids: [seed002Grid()] }), saved: () => saved };
}

describe('task pane in file mode', () => {
  it('keeps 重新计算, 重新检查, 清除标记 and 导出校验报告 disabled until a file is open', async () => {
    const files = fileHost();
    const view = render(<App host={files.host} />);
    const names = ['重新计算', '重新检查', '清除标记', '导出校验报告'];
    await waitFor(() => expect(screen.getByRole('button', { name: '重新计算' })).toBeInTheDocument());
    for (const name of names) expect(screen.getByRole('button', { name })).toBeDisabled();

    files.open();
    view.rerender(<App host={files.host} reloadSignal={1} />);
    await screen.findAllByTestId('finding');
    for (const name of names) expect(screen.getByRole('button', { name })).toBeEnabled();
  });

  it('shows the recalculated total with what the table says beside it (seed 002: 100, the table says 98)', async () => {
    const files = fileHost();
    files.open();
    render(<App host={files.host} reloadSignal={1} />);
    await screen.findAllByTestId('finding');
    expect(screen.getByTestId('total-score')).toHaveTextContent('100');
    expect(screen.getByTestId('total-entered')).toHaveTextContent('表中为 98');
    expect(screen.getByTestId('grade')).toHaveTextContent('优');
    expect(screen.queryByTestId('grade-entered')).toBeNull();
  });

  it('says settings are kept in this browser, not in a workbook', async () => {
    const files = fileHost();
    files.open();
    const user = userEvent.setup();
    render(<App host={files.host} reloadSignal={1} />);
    await screen.findAllByTestId('finding');
    await user.click(screen.getByRole('tab', { name: '设置' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: '评分口径' }), 'yitihua');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    await screen.findByText('设置已保存在本浏览器中。');
    expect(screen.queryByText('设置已保存到工作簿。')).toBeNull();
    expect(files.saved().profile).toBe('yitihua');
  });
});
