/** @jest-environment jsdom */
// 核对自评报告 in the pane: the .docx is read in the pane, its findings listed with the sentence they quote.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { analyzeWorkbook, type EngineOptions } from '../../src/core';
import * as fileDoor from '../../src/file';
import type { CheckedWorkbook, Host, PaneSettings } from '../../src/host';
import { App } from '../../src/taskpane/components/App';
import { FileHost } from '../../src/taskpane/file/fileHost';
import { seed002Grid } from '../fixtures/seed002';
import { seedDocx } from '../fixtures/make-docx';
import { seed002Workbook } from '../cli/workbooks';

jest.setTimeout(60_000);
const ready = { timeout: 20_000 };

const SETTINGS: PaneSettings = { profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] };

function gridHost(): Host {
  const checked = (options: EngineOptions): CheckedWorkbook[] => [{ name: '自评表.xlsx', analysis: analyzeWorkbook([seed002Grid()], options) }];
  return {
    mode: 'excel',
    check: async (o) => checked(o),
    recalc: async (o) => checked(o),
    select: async () => undefined,
    clearMarks: async () => undefined,
    clean: async () => ({ restored: 0, sheets: [] }),
    loadSettings: async () => SETTINGS,
    saveSettings: async () => undefined,
  };
}

it('picks seed 002\'s report, reads it in the pane and lists its four findings with their sentence', async () => {
  const user = userEvent.setup();
  render(<App host={gridHost()} />);
  await waitFor(() => expect(screen.getByRole('button', { name: '核对自评报告' })).toBeEnabled(), ready);
  const docx = new File([(await seedDocx('002')) as BlobPart], '金水区委办 自评报告.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  await user.upload(screen.getByTestId('report-input'), docx);
  await waitFor(() => expect(screen.getByText('自评报告：金水区委办 自评报告.docx（91 段、2 张表）')).toBeInTheDocument(), ready);
  const quoted = screen.getAllByTestId('finding-source').map((q) => q.closest('li')!);
  expect(quoted).toHaveLength(4);
  // The first names the table cell (E15) and can be located; the other three are about the report's text alone.
  expect(within(quoted[0]).getByRole('button', { name: '定位到工作表“部门整体绩效自评表”的单元格 E15' })).toBeInTheDocument();
  expect(within(quoted[0]).getByText(/金水区委办 自评报告.docx 第 53 段：“2021 年度，我部门预算年初数为 1207.96 万元，调整预算数为 1209.35 万元/)).toBeInTheDocument();
  for (const li of quoted.slice(1)) {
    expect(within(li).queryByRole('button', { name: /定位/ })).toBeNull();
    expect(within(li).getByText(/金水区委办 自评报告.docx 第 53 段/)).toBeInTheDocument();
  }
  await user.click(screen.getByRole('button', { name: '移除报告' }));
  await waitFor(() => expect(screen.queryAllByTestId('finding-source')).toHaveLength(0), ready);
});

it('says why a file is not a report, and changes nothing', async () => {
  const user = userEvent.setup();
  render(<App host={gridHost()} />);
  await waitFor(() => expect(screen.getByRole('button', { name: '核对自评报告' })).toBeEnabled(), ready);
  await user.upload(screen.getByTestId('report-input'), new File([new Uint8Array((await seed002Workbook()).bytes)], '报告.docx'));
  await waitFor(() => expect(screen.getByText('报告.docx：这是 Excel 工作簿，不是 Word 文档')).toBeInTheDocument(), ready);
  expect(screen.queryAllByTestId('finding-source')).toHaveLength(0);
});

describe('file mode: a .docx beside the .xlsx', () => {
  const storage = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };
  it('checks the workbook against the report opened with it, and the report alone when it is alone', async () => {
    const host = new FileHost(async () => fileDoor, storage());
    expect(await host.open([{ name: '报告.docx', bytes: await seedDocx('003') }])).toEqual([]);
    const alone = await host.check({});
    expect(alone.map((c) => [c.name, c.analysis.report.findings.map((f) => f.rule)])).toEqual([['报告.docx', ['grade-mismatch']]]);
    await host.open([{ name: '自评表.xlsx', bytes: (await seed002Workbook()).bytes }, { name: '报告.docx', bytes: await seedDocx('002') }]);
    expect(host.state().files.map((f) => [f.name, f.kind])).toEqual([['自评表.xlsx', 'workbook'], ['报告.docx', 'report']]);
    const [book] = await host.check({});
    expect(book.analysis.report.findings.filter((f) => f.source).map((f) => [f.rule, f.cell])).toEqual([
      ['report-mismatch', 'E17'], ['report-inconsistent', ''], ['report-mismatch', ''], ['report-inconsistent', ''],
    ]);
  });
});
