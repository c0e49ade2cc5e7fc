// The ribbon's buttons (ribbon.xml): what each one does, apart from the page globals WPS calls (main.ts), so the
// handlers can be tested over the fake object model.
import { type Notify, type RecalcCommandResult, runRecalcCommand } from '../commands/recalc';
import type { EtApplication } from './et';
import { WpsHost } from './host';

export const PANE_KEY = 'jixiao.taskpane';
export const PANE_TITLE = '绩效自评助手';

export type Confirm = (message: string) => boolean;

export const SUBMISSION_CONFIRM =
  '生成提交版将去掉全部标记和批注，删除“校验结果”“修改记录”和标记记录，保留计算结果（执行率、得分、合计、等级）。建议先另存一份工作副本。是否继续？';

/** 一键重算: every table with the settings stored in the workbook, then 校验结果 in front (or a message why not). */
export function recalcCommand(app: EtApplication, notify: Notify): Promise<RecalcCommandResult> {
  return runRecalcCommand(new WpsHost(app, { showReportAfterRecalc: true }), notify);
}

/** 自评助手: the React pane in a WPS task pane, created once per WPS session and toggled after that. */
export function togglePane(app: EtApplication, url: string): void {
  const storage = app.PluginStorage;
  const id = Number(storage.getItem(PANE_KEY));
  if (id) {
    try {
      const pane = app.GetTaskPane(id);
      pane.Visible = !pane.Visible;
      return;
    } catch {
      storage.removeItem(PANE_KEY); // the pane was closed for good: make a new one
    }
  }
  const pane = app.CreateTaskPane(url, PANE_TITLE);
  storage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

async function reported(notify: Notify, work: () => Promise<string>): Promise<boolean> {
  try {
    await notify(await work());
    return true;
  } catch (error) {
    await notify(error instanceof Error ? error.message : String(error));
    return false;
  }
}

/** 清除标记. */
export function clearCommand(app: EtApplication, notify: Notify): Promise<boolean> {
  return reported(notify, async () => {
    await new WpsHost(app).clearMarks();
    return '已清除全部标记，单元格的原有底色和批注已恢复；“校验结果”工作表已清空。';
  });
}

/** 生成提交版, once the person has agreed. */
export async function submissionCommand(app: EtApplication, notify: Notify, confirm: Confirm): Promise<boolean> {
  if (!confirm(SUBMISSION_CONFIRM)) return false;
  return reported(notify, async () => {
    const { restored } = await new WpsHost(app).clean();
    return `已生成提交版：去掉了 ${restored} 处标记，删除了“校验结果”“修改记录”和标记记录，计算结果保留。请另存为报送文件。`;
  });
}
