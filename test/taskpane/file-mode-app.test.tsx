/** @jest-environment jsdom */
// The shared App over a file-mode Host: nothing to act on before a file is open, settings kept in the browser.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { analyzeWorkbook, type EngineOptions, gridFromRows } from '../../src/core';
import { OpenFiles } from '../../src/taskpane/file/OpenFiles';
import { FILE_STRINGS } from '../../src/taskpane/file/strings';
import { App } from '../../src/taskpane/components/App';
import type { CheckedWorkbook, Host, PaneSettings } from '../../src/host';
import { seed002Grid } from '../fixtures/seed002';

/** A file-mode host whose files are plain grids; `open` adds seed 002's table. */
function fileHost() {
  const files: { name: string; grids: ReturnType<typeof gridFromRows>[] }[] = [];
  let saved: PaneSettings = { profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] };
  const checked = (options: EngineOptions): CheckedWorkbook[] =>
    files.map((f) => ({ name: f.name, analysis: analyzeWorkbook(f.grids, options) }));
  const host: Host = {
    mode: 'file',
    check: async (options) => checked(options),
    recalc: async (options) => checked(options),
    select: async () => undefined,
    clearMarks: async () => undefined,
    clean: async () => ({ restored: 0, sheets: [] }),
    loadSettings: async () => saved,
    saveSettings: async (s) => {
      saved = s;
    },
  };
  return {
    host,
    open: () => files.push({ name: 'department-2021-jinshui.xlsx', grids: [seed002Grid()] }),
    /** A workbook of a cover sheet only: no table to find. */
    openCover: () => files.push({ name: '封面.xlsx', grids: [gridFromRows('封面', [['2021 年度部门整体支出绩效自评报告']])] }),
    saved: () => saved,
  };
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

  it('a file with no table: an error saying which headers are looked for, no "没有发现问题", no 重新计算 or download', async () => {
    const files = fileHost();
    files.openCover();
    render(<App host={files.host} reloadSignal={1} />);
    const alert = await screen.findByTestId('no-table');
    expect(alert).toHaveTextContent('没有找到绩效自评表');
    expect(alert).toHaveTextContent('“部门(单位)名称”或“项目名称”');
    expect(screen.queryByText('没有发现问题。')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: '重新检查' })).toBeEnabled());
    expect(screen.getByRole('button', { name: '重新计算' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '导出校验报告' })).toBeDisabled();
  });

  it('lists a file with no table without 下载已校验文件', () => {
    const t = FILE_STRINGS['zh-CN'];
    const files = [
      { name: '封面.xlsx', size: 2048, hasOutput: false, kind: 'workbook' as const, tables: 0 },
      { name: '自评表.xlsx', size: 4096, hasOutput: true, kind: 'workbook' as const, tables: 1 },
    ];
    render(<OpenFiles t={t} files={files} busy={false} onDownload={() => undefined} onRemove={() => undefined} />);
    expect(screen.queryByRole('button', { name: t.downloadLabel('封面.xlsx') })).toBeNull();
    expect(screen.getByRole('button', { name: t.downloadLabel('自评表.xlsx') })).toBeInTheDocument();
    expect(screen.getByText('未找到绩效自评表')).toBeInTheDocument();
  });
});
