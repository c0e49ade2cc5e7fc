// 一键重算: recalculates every table in the workbook without opening the pane, then tells the result by bringing
// the 校验结果 sheet forward (it lists what a person still has to fix). When nothing could be written (a protected
// sheet, …) there is no sheet to show, so a small dialog says why.
import type { CheckedWorkbook } from '../host';
import { ExcelHost } from '../excel/host';

export interface CommandEvent {
  completed(): void;
}

export type Notify = (message: string) => Promise<void> | void;

export interface RecalcCommandResult {
  ok: boolean;
  message: string;
  checked?: CheckedWorkbook[];
}

export function summarize(checked: CheckedWorkbook[]): string {
  const tables = checked.reduce((n, c) => n + c.analysis.report.tables.length, 0);
  if (!tables) return '没有在工作簿中找到绩效自评表，未写入任何内容。';
  const written = checked.reduce((n, c) => n + c.analysis.plan.writes.length, 0);
  const remaining = checked.flatMap((c) => c.analysis.remaining.filter((f) => !f.ignored));
  const errors = remaining.filter((f) => f.severity === 'error').length;
  const warnings = remaining.filter((f) => f.severity === 'warning').length;
  const left = errors || warnings ? `仍有 ${errors} 个错误、${warnings} 个警告，详见“校验结果”工作表。` : '没有需要人工处理的错误或警告。';
  return `已重算 ${tables} 张自评表，写入 ${written} 个单元格；${left}`;
}

export async function runRecalcCommand(host: Pick<ExcelHost, 'recalcWithStoredSettings'>, notify: Notify): Promise<RecalcCommandResult> {
  try {
    const checked = await host.recalcWithStoredSettings();
    const message = summarize(checked);
    if (!checked.some((c) => c.analysis.report.tables.length)) await notify(message);
    return { ok: true, message, checked };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await notify(message);
    return { ok: false, message };
  }
}

/** Shows a message in a small Office dialog (the only text a ribbon command can show without the pane). */
export function dialogNotify(baseUrl: string): Notify {
  return (message) =>
    new Promise<void>((resolve) => {
      const url = `${baseUrl}notice.html?m=${encodeURIComponent(message)}`;
      Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    });
}

export async function recalcAll(event: CommandEvent, host?: ExcelHost, notify?: Notify): Promise<RecalcCommandResult> {
  try {
    const base = typeof location !== 'undefined' ? location.href.replace(/[^/]*$/, '') : '';
    return await runRecalcCommand(host ?? new ExcelHost({ delayForCellEdit: true, showReportAfterRecalc: true }), notify ?? dialogNotify(base));
  } finally {
    event.completed();
  }
}
