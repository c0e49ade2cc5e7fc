// What the pane knows of its workbook(s): the settings kept there, the last analysis, and the actions that change
// them. Every action goes through the host; the engine options come from the settings (src/host/settings.ts).
import * as React from 'react';
import type { EngineOptions, Finding, IgnoreEntry, TableReport } from '../../core';
import type { ReportText } from '../../core/claims';
import { canExport, canUndo, type CheckedWorkbook, engineOptions, type Host, type PaneSettings } from '../../host';
import type { PaneLocale, PaneStrings } from '../i18n';
import { type Actions, errorText, type Notice } from './useAction';

const sameFinding = (a: { rule: string; sheet: string; cell: string }, b: { rule: string; sheet: string; cell: string }) =>
  a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;

/** A workbook in which nothing was found to check: no table, and no report checked in its place. */
export const holdsNoTable = (r: CheckedWorkbook): boolean => r.analysis.report.tables.length === 0 && !r.analysis.report.report;

const count = (checked: CheckedWorkbook[], of: (c: CheckedWorkbook) => unknown[]) => checked.reduce((n, c) => n + of(c).length, 0);

function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a picked .docx in the pane; src/file/docx.ts (zip.ts, fast-xml-parser) is loaded the first time only. */
async function readReportFile(file: File): Promise<ReportText> {
  const [{ readDocument }, { fileBytes }] = await Promise.all([import(/* webpackChunkName: "report-docx" */ '../../file/docx'), import('../file/browser')]);
  try {
    return await readDocument(await fileBytes(file), file.name);
  } catch (error) {
    // src/file throws a WorkbookError whose `reason` is one zh-CN line a person can act on.
    const reason = (error as { reason?: unknown })?.reason;
    throw new Error(typeof reason === 'string' ? `${file.name}：${reason}` : String(error));
  }
}

export interface Workbook {
  settings: PaneSettings | null;
  /** The 自评报告 picked with 核对自评报告, checked with the workbook until removed. */
  report: ReportText | null;
  pickReport(file: File): Promise<void> | undefined;
  removeReport(): Promise<void> | undefined;
  results: CheckedWorkbook[] | null;
  /** The results are those of a recalculation: show what remains. */
  afterRecalc: boolean;
  /** The open check (on mount, or after `reloadSignal` changed) has not answered yet. */
  opening: boolean;
  /** An error of the open check, shown like any action's. */
  openError: Notice;
  /** The findings to list for one workbook: as read, or what remains after recalc (and the ignored ones). */
  findingsOf(r: CheckedWorkbook): Finding[];
  /** The tables to show for one workbook: as read, or as they now read after recalc (the written values). */
  tablesOf(r: CheckedWorkbook): TableReport[];
  /** Every workbook checked holds no table (and no 自评报告 was checked instead): an error, with nothing to recalc. */
  noTable: boolean;
  check(): Promise<void> | undefined;
  recalc(): Promise<void> | undefined;
  clearMarks(): Promise<void>;
  /** 生成提交版, once the person has confirmed it. */
  clean(): Promise<void>;
  exportReport(): Promise<void> | undefined;
  undo(): Promise<void>;
  saveSettings(next: PaneSettings, text: string): Promise<void>;
  ignore(finding: Finding, reason: string): Promise<void> | undefined;
  unignore(finding: Finding): Promise<void> | undefined;
  /** Goes to a cell: a finding's, or a table's top-left from the 汇总 card. */
  select(workbook: string, at: Pick<Finding, 'sheet' | 'cell'>): Promise<void>;
}

export function useWorkbook(host: Host, locale: PaneLocale, strings: PaneStrings, reloadSignal: number, { act }: Actions): Workbook {
  const [settings, setSettings] = React.useState<PaneSettings | null>(null);
  const [results, setResults] = React.useState<CheckedWorkbook[] | null>(null);
  const [afterRecalc, setAfterRecalc] = React.useState(false);
  // Which reload the shown results answer; the open check sets state only once the host has answered.
  const [openedFor, setOpenedFor] = React.useState<{ host: Host; signal: number } | null>(null);
  const [openError, setOpenError] = React.useState<Notice>(null);
  const [report, setReport] = React.useState<ReportText | null>(null);
  // Checks read the report through a ref, so one picked after they were set up is still used.
  const reportRef = React.useRef<ReportText | null>(null);
  const options = React.useCallback((s: PaneSettings): EngineOptions => {
    const base = engineOptions(s, locale);
    return reportRef.current ? { ...base, report: { text: reportRef.current } } : base;
  }, [locale]);

  const show = React.useCallback((checked: CheckedWorkbook[], recalculated: boolean) => {
    setResults(checked);
    setAfterRecalc(recalculated);
  }, []);

  // Open: read the workbook's settings, then check it. Only a new host or an explicit reload re-opens.
  React.useEffect(() => {
    let cancelled = false;
    const open = async () => {
      try {
        const loaded = await host.loadSettings();
        if (cancelled) return;
        setSettings(loaded);
        const checked = await host.check(options(loaded));
        if (cancelled) return;
        show(checked, false);
        setOpenError(null);
      } catch (error) {
        if (!cancelled) setOpenError({ intent: 'error', text: errorText(error, locale) });
      } finally {
        if (!cancelled) setOpenedFor({ host, signal: reloadSignal });
      }
    };
    void open();
    return () => {
      cancelled = true;
    };
    // The pane's language is fixed for its life: a change of locale does not re-read the workbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, reloadSignal, show]);

  const saveSettings = (next: PaneSettings, text: string) =>
    act('settings', async () => {
      await host.saveSettings(next);
      setSettings(next);
      show(await host.check(options(next)), false);
      return { intent: 'success', text };
    });

  const keepReport = (text: ReportText | null) => {
    reportRef.current = text;
    setReport(text);
  };

  return {
    settings,
    report,
    pickReport: (file) =>
      !settings
        ? undefined
        : act('check', async () => {
        const text = await readReportFile(file);
        keepReport(text);
        show(await host.check(options(settings)), false);
        return { intent: 'success', text: strings.reportRead(text.file) };
      }),
    removeReport: () =>
      !settings
        ? undefined
        : act('check', async () => {
        keepReport(null);
        show(await host.check(options(settings)), false);
        return { intent: 'info', text: strings.reportRemoved };
      }),
    results,
    afterRecalc,
    opening: openedFor?.host !== host || openedFor.signal !== reloadSignal,
    openError,
    findingsOf(r) {
      if (!afterRecalc) return r.analysis.report.findings;
      const ignored = r.analysis.report.findings.filter((f) => f.ignored && !r.analysis.remaining.some((x) => sameFinding(x, f)));
      return [...r.analysis.remaining, ...ignored];
    },
    tablesOf: (r) => (afterRecalc ? r.analysis.tablesAfter : r.analysis.report.tables),
    noTable: !!results && results.length > 0 && results.every(holdsNoTable),
    check: () =>
      !settings
        ? undefined
        : act('check', async () => {
        const checked = await host.check(options(settings));
        show(checked, false);
        return { intent: 'info', text: strings.checkDone(count(checked, (c) => c.analysis.report.findings.filter((f) => !f.ignored))) };
      }),
    recalc: () =>
      !settings
        ? undefined
        : act('recalc', async () => {
        const checked = await host.recalc(options(settings));
        show(checked, true);
        if (checked.every(holdsNoTable)) return { intent: 'error', text: strings.noTableRecalc };
        const written = count(checked, (c) => c.analysis.plan.writes);
        const remaining = count(checked, (c) => c.analysis.remaining.filter((f) => !f.ignored));
        // Ctrl+Z is offered only for a recalculation that changed a value (marks alone are 清除标记's to undo).
        const undoHint = written > 0 && canUndo(host) && host.undoState().excelUndo ? ` ${strings.excelUndo}` : '';
        return { intent: 'success', text: strings.recalcDone(written, remaining) + undoHint };
      }),
    clearMarks: () => act('clear', async () => (await host.clearMarks(), { intent: 'success', text: strings.marksCleared })),
    clean: () =>
      act('clean', async () => {
        const done = await host.clean();
        // What the pane shows is the workbook as it now is: no marks, and nothing left to undo.
        if (settings && host.mode !== 'file') show(await host.check(options(settings)), false);
        const text = done.files ? strings.cleanedFiles(done.files, done.restored, done.sheets) : strings.cleaned(done.restored, done.sheets);
        return { intent: 'success', text };
      }),
    exportReport: () =>
      !settings
        ? undefined
        : act('export', async () => {
        if (canExport(host)) {
          const { rows } = await host.exportReport(options(settings));
          return { intent: 'success', text: strings.exported(rows) };
        }
        downloadJson('校验结果.json', (results ?? []).map((r) => r.analysis.report));
        return { intent: 'success', text: strings.exportedFile };
      }),
    undo: () =>
      act('undo', async () => {
        if (!canUndo(host)) return;
        const undone = await host.undoLastRecalc();
        if (settings) show(await host.check(options(settings)), false);
        // Safe undo: cells changed since the recalculation were left as they are; say which.
        const kept = undone ? undone.kept.map((c) => `${c.sheet}!${c.cell}`) : [];
        return { intent: 'success', text: undone && kept.length ? strings.undoneKept(undone.restored, kept) : strings.undone };
      }),
    saveSettings,
    ignore(finding, reason) {
      if (!settings) return undefined;
      const entry: IgnoreEntry = { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason };
      return saveSettings({ ...settings, ignores: [...settings.ignores.filter((i) => !sameFinding(i, finding)), entry] }, strings.ignoredAt(`${finding.sheet}!${finding.cell}`));
    },
    unignore: (finding) =>
      !settings ? undefined : saveSettings({ ...settings, ignores: settings.ignores.filter((i) => !sameFinding(i, finding)) }, strings.unignoredAt(`${finding.sheet}!${finding.cell}`)),
    select: (workbook, f) => act('check', async () => void (await host.select(workbook, f.sheet, f.cell))),
  };
}
