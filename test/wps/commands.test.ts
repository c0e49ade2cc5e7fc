// The WPS ribbon's buttons (src/wps/commands.ts) over the fake object model, with the real engine.
import { REPORT_SHEET } from '../../src/core';
import { clearCommand, PANE_KEY, recalcCommand, submissionCommand, SUBMISSION_CONFIRM, togglePane } from '../../src/wps/commands';
import type { EtApplication } from '../../src/wps/et';
import { seed002Workbook, SHEET } from './helpers';

const appOf = (wps: ReturnType<typeof seed002Workbook>) => wps.Application as unknown as EtApplication;

describe('the 绩效自评 group in WPS', () => {
  it('一键重算 recalculates with the stored settings and shows 校验结果, no message needed', async () => {
    const wps = seed002Workbook();
    const messages: string[] = [];
    const result = await recalcCommand(appOf(wps), (m) => void messages.push(m));
    expect(result.ok).toBe(true);
    // Seed 002's writes: rates I7, I10; 预算执行率 G15, G16, G18, G19 (each 执行数 ÷ 调整预算数 = 100%); I15, H26; G2;
    // the summary's C48, D48, C49, D49, C52, D52 — 15 cells; only info notes remain.
    expect(result.message).toBe('已重算 1 张自评表，写入 15 个单元格；没有需要人工处理的错误或警告。');
    expect(messages).toEqual([]);
    expect(wps.activeSheet?.name).toBe(REPORT_SHEET);
  });

  it('一键重算 says why when it cannot write, in Chinese', async () => {
    const wps = seed002Workbook();
    wps.sheet(SHEET).protectContents = true;
    const messages: string[] = [];
    const result = await recalcCommand(appOf(wps), (m) => void messages.push(m));
    expect(result.ok).toBe(false);
    expect(messages).toEqual([expect.stringContaining('受保护')]);
  });

  it('自评助手 creates the task pane once, then shows and hides it', () => {
    const wps = seed002Workbook();
    togglePane(appOf(wps), 'file:///jsaddons/jixiao_0.1.0/taskpane.html');
    expect(wps.taskPanes.map((p) => [p.url, p.title, p.Visible])).toEqual([['file:///jsaddons/jixiao_0.1.0/taskpane.html', '绩效自评助手', true]]);
    expect(wps.pluginStorage.get(PANE_KEY)).toBe(1);
    togglePane(appOf(wps), 'file:///jsaddons/jixiao_0.1.0/taskpane.html');
    expect(wps.taskPanes.length).toBe(1);
    expect(wps.taskPanes[0].Visible).toBe(false);
    // The person deleted the pane: the next press makes a new one.
    wps.taskPanes[0].Delete();
    togglePane(appOf(wps), 'file:///jsaddons/jixiao_0.1.0/taskpane.html');
    expect(wps.taskPanes.length).toBe(2);
    expect(wps.taskPanes[1].Visible).toBe(true);
  });

  it('清除标记 and 生成提交版 report what they did; 生成提交版 asks first and does nothing when refused', async () => {
    const wps = seed002Workbook();
    await recalcCommand(appOf(wps), () => undefined);
    const messages: string[] = [];
    const before = JSON.stringify(wps.dump());
    expect(await submissionCommand(appOf(wps), (m) => void messages.push(m), (q) => (messages.push(q), false))).toBe(false);
    expect(messages).toEqual([SUBMISSION_CONFIRM]);
    expect(JSON.stringify(wps.dump())).toBe(before);
    expect(await clearCommand(appOf(wps), (m) => void messages.push(m))).toBe(true);
    expect(messages[1]).toMatch(/^已清除全部标记/);
    expect(await submissionCommand(appOf(wps), (m) => void messages.push(m), () => true)).toBe(true);
    expect(messages[2]).toMatch(/^已生成提交版/);
    expect(wps.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明', 'jixiao_state'].filter((n) => wps.sheets.some((s) => s.name === n)));
    expect(wps.sheets.some((s) => s.name === REPORT_SHEET)).toBe(false);
  });
});
