/** @jest-environment jsdom */
// The 汇总 card: a workbook with several tables (the department of test/core/rollup/fixtures.ts: a roll-up and three
// project tables), and several files at once; each name goes to its table.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { analyzeWorkbook, type EngineOptions, type Grid } from '../../src/core';
import type { Host, PaneSettings } from '../../src/host';
import { App } from '../../src/taskpane/components/App';
import { department } from '../core/rollup/fixtures';
import { seed002Grid } from '../fixtures/seed002';

function hostOf(files: { name: string; grids: Grid[] }[]) {
  const selected: string[] = [];
  const settings: PaneSettings = { profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] };
  const checked = (options: EngineOptions) => files.map((f) => ({ name: f.name, analysis: analyzeWorkbook(f.grids, options) }));
  const host: Host = {
    mode: 'file',
    check: async (options) => checked(options),
    recalc: async (options) => checked(options),
    select: async (workbook, sheet, cell) => void selected.push(`${workbook}|${sheet}!${cell}`),
    clearMarks: async () => undefined,
    clean: async () => ({ restored: 0, sheets: [] }),
    loadSettings: async () => settings,
    saveSettings: async () => undefined,
  };
  return { host, selected };
}

const rowsOf = async () => within(await screen.findByTestId('overview')).getAllByTestId('overview-row');

it('a workbook with three tables: one line each with score, grade and status, the totals, and 转到 its table', async () => {
  const { host, selected } = hostOf([{ name: '部门.xlsx', grids: department() }]);
  const user = userEvent.setup();
  render(<App host={host} reloadSignal={1} />);
  const rows = await rowsOf();
  expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
    ['档案数字化建设项目', '97.5', '优', '可提交'],
    ['公车租赁费', '95.6', '优', '可提交'],
    ['招商引资专项经费', '88.8', '良', '可提交'],
  ]);
  expect(within(screen.getByTestId('overview')).getByText('3 张表 · 可提交 3 · 需修改 0')).toBeInTheDocument();
  // 100 + 24 + 15 = 139; 95 + 18.24 + 1.2 = 114.44; 114.44 ÷ 139 = 82.33%; (97.5 + 95.6 + 88.8) ÷ 3 = 93.97
  expect(screen.getByTestId('overview-totals')).toHaveTextContent('合计：年初预算 139 万元，执行 114.44 万元（82.33%），平均得分 93.97');
  await user.click(screen.getByRole('button', { name: '转到“公车租赁费”（工作表“公车租赁费”）' }));
  expect(selected).toEqual(['部门.xlsx|公车租赁费!A1']);
});

it('several files: every table of every file, each under its file’s name; a table with an error is 需修改', async () => {
  const { host, selected } = hostOf([
    { name: '部门.xlsx', grids: department() },
    { name: '金水.xlsx', grids: [seed002Grid()] },
  ]);
  const user = userEvent.setup();
  render(<App host={host} reloadSignal={1} />);
  const rows = await rowsOf();
  expect(rows).toHaveLength(4);
  const jinshui = rows[3];
  expect(within(jinshui).getByText('金水.xlsx')).toBeInTheDocument();
  expect(within(jinshui).getAllByRole('cell')[3]).toHaveTextContent('需修改'); // seed 002: 1.43% for 14.30%, an error
  expect(within(screen.getByTestId('overview')).getByText('4 张表 · 可提交 3 · 需修改 1')).toBeInTheDocument();
  await user.click(within(jinshui).getByRole('button'));
  expect(selected[0]).toMatch(/^金水\.xlsx\|/);
});

it('one table: no 汇总 card', async () => {
  const { host } = hostOf([{ name: '金水.xlsx', grids: [seed002Grid()] }]);
  render(<App host={host} reloadSignal={1} />);
  await screen.findAllByTestId('finding');
  expect(screen.queryByTestId('overview')).toBeNull();
});
