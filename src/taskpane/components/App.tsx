// The task pane. It talks only to a Host: Excel (Office.js) inside Excel, files in a plain browser.
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import * as React from 'react';
import type { EngineOptions, Finding, IgnoreEntry } from '../../core';
import { parseGradeBands } from '../../core';
import type { CheckedWorkbook, Host, PaneSettings } from '../../host';
import { canExport, canUndo } from '../../host';
import { type PaneLocale, STRINGS } from '../i18n';
import type { ReportText } from '../../core/claims';
import { FindingsList } from './FindingsList';
import { ReportPicker } from './ReportPicker';
import { fileBytes } from '../bytes';
import { SummaryCard } from './SummaryCard';

// Loaded when first needed, to keep the pane's first load small: the settings tab and the 忽略 dialog.
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "pane-settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
const IgnoreDialog = React.lazy(() => import(/* webpackChunkName: "pane-ignore" */ './IgnoreDialog').then((m) => ({ default: m.IgnoreDialog })));

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  host: Host;
  locale?: PaneLocale;
  /** Host-specific controls shown above the results (file mode's file picker). */
  extra?: React.ReactNode;
  /** Changing this number makes the pane check the workbook(s) again (e.g. after files were opened). */
  reloadSignal?: number;
}

type Busy = null | 'check' | 'recalc' | 'clear' | 'export' | 'undo' | 'settings';
type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

/** Options for the engine from the stored settings (and the 自评报告 picked, if any); malformed grade bands fall back
 *  to the profile's. */
export function optionsFor(settings: PaneSettings, locale: PaneLocale, report: ReportText | null = null): EngineOptions {
  const bands = parseGradeBands(settings.gradeBands);
  const options: EngineOptions = { profile: settings.profile, gradeBands: typeof bands === 'string' ? undefined : bands, ignores: settings.ignores, locale };
  return report ? { ...options, report: { text: report } } : options;
}

/** Reads a picked .docx in the pane; src/file/docx.ts (JSZip, fast-xml-parser) is loaded the first time only. */
async function readReportFile(file: File): Promise<ReportText> {
  const { readDocument } = await import(/* webpackChunkName: "report-docx" */ '../../file/docx');
  try {
    return await readDocument(await fileBytes(file), file.name);
  } catch (error) {
    // src/file throws a WorkbookError whose `reason` is one zh-CN line a person can act on.
    const reason = (error as { reason?: unknown })?.reason;
    throw new Error(typeof reason === 'string' ? `${file.name}：${reason}` : String(error));
  }
}

function errorText(error: unknown, locale: PaneLocale): string {
  if (error && typeof error === 'object') {
    const e = error as { en?: unknown; message?: unknown };
    if (locale === 'en-US' && typeof e.en === 'string') return e.en;
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}

function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const sameFinding = (a: { rule: string; sheet: string; cell: string }, b: { rule: string; sheet: string; cell: string }) =>
  a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;

export function App({ host, locale = 'zh-CN', extra, reloadSignal = 0 }: AppProps): React.ReactElement {
  const styles = useStyles();
  const strings = STRINGS[locale];
  const [settings, setSettings] = React.useState<PaneSettings | null>(null);
  const [results, setResults] = React.useState<CheckedWorkbook[] | null>(null);
  const [afterRecalc, setAfterRecalc] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [ignoring, setIgnoring] = React.useState<Finding | null>(null);
  const [tab, setTab] = React.useState<'findings' | 'settings'>('findings');
  const [, setUndoTick] = React.useState(0);
  const [report, setReport] = React.useState<ReportText | null>(null);
  // The checks below read the report through a ref, so a report picked after they were made is still used.
  const reportRef = React.useRef<ReportText | null>(null);
  const options = React.useCallback((s: PaneSettings) => optionsFor(s, locale, reportRef.current), [locale]);

  const act = React.useCallback(
    async (kind: Exclude<Busy, null>, work: () => Promise<Notice | void>) => {
      setBusy(kind);
      try {
        const result = await work();
        if (result !== undefined) setNotice(result);
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error, locale) });
      } finally {
        setBusy(null);
        setUndoTick((n) => n + 1);
      }
    },
    [locale],
  );

  const runCheck = React.useCallback(
    (current: PaneSettings, announce: boolean) =>
      act('check', async () => {
        const checked = await host.check(options(current));
        setResults(checked);
        setAfterRecalc(false);
        const count = checked.reduce((n, c) => n + c.analysis.report.findings.filter((f) => !f.ignored).length, 0);
        return announce ? { intent: 'info', text: strings.checkDone(count) } : undefined;
      }),
    [act, host, options, strings],
  );

  // Open: read the workbook's settings, then check it.
  React.useEffect(() => {
    let cancelled = false;
    void act('check', async () => {
      const loaded = await host.loadSettings();
      if (cancelled) return;
      setSettings(loaded);
      const checked = await host.check(options(loaded));
      if (cancelled) return;
      setResults(checked);
      setAfterRecalc(false);
    });
    return () => {
      cancelled = true;
    };
    // Only a new host or an explicit reload re-opens; `act` and `locale` are stable for the pane's life.
  }, [host, reloadSignal]);

  const saveSettings = (next: PaneSettings, text: string) =>
    act('settings', async () => {
      await host.saveSettings(next);
      setSettings(next);
      const checked = await host.check(options(next));
      setResults(checked);
      setAfterRecalc(false);
      return { intent: 'success', text };
    });

  const recalc = () =>
    settings &&
    act('recalc', async () => {
      const checked = await host.recalc(options(settings));
      setResults(checked);
      setAfterRecalc(true);
      const written = checked.reduce((n, c) => n + c.analysis.plan.writes.length, 0);
      const remaining = checked.reduce((n, c) => n + c.analysis.remaining.filter((f) => !f.ignored).length, 0);
      const undoHint = canUndo(host) && host.undoState().excelUndo ? ` ${strings.excelUndo}` : '';
      return { intent: 'success', text: strings.recalcDone(written, remaining) + undoHint };
    });

  const ignore = (finding: Finding, reason: string) => {
    if (!settings) return;
    setIgnoring(null);
    const entry: IgnoreEntry = { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason };
    void saveSettings({ ...settings, ignores: [...settings.ignores.filter((i) => !sameFinding(i, finding)), entry] }, `${strings.ignored}：${finding.sheet}!${finding.cell}`);
  };

  const unignore = (finding: Finding) =>
    settings && saveSettings({ ...settings, ignores: settings.ignores.filter((i) => !sameFinding(i, finding)) }, `${strings.unignore}：${finding.sheet}!${finding.cell}`);

  const exportReport = () =>
    settings &&
    act('export', async () => {
      if (canExport(host)) {
        const { rows } = await host.exportReport(options(settings));
        return { intent: 'success', text: strings.exported(rows) };
      }
      downloadJson('校验结果.json', (results ?? []).map((r) => r.analysis.report));
      return { intent: 'success', text: strings.exportedFile };
    });

  const undoState = canUndo(host) ? host.undoState() : null;
  const findingsOf = (r: CheckedWorkbook): Finding[] => {
    if (!afterRecalc) return r.analysis.report.findings;
    const ignored = r.analysis.report.findings.filter((f) => f.ignored && !r.analysis.remaining.some((x) => sameFinding(x, f)));
    return [...r.analysis.remaining, ...ignored];
  };

  const pickReport = (file: File) =>
    settings &&
    act('check', async () => {
      const text = await readReportFile(file);
      reportRef.current = text;
      setReport(text);
      setResults(await host.check(options(settings)));
      setAfterRecalc(false);
      return { intent: 'success', text: strings.reportRead(text.file) };
    });

  const removeReport = () =>
    settings &&
    act('check', async () => {
      reportRef.current = null;
      setReport(null);
      setResults(await host.check(options(settings)));
      setAfterRecalc(false);
      return { intent: 'info', text: strings.reportRemoved };
    });

  // In file mode there is nothing to act on until a file is open.
  const idle = busy !== null || !settings || (host.mode === 'file' && !(results && results.length > 0));

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root} aria-busy={busy !== null}>
        <Title3 as="h1">{strings.title}</Title3>
        {extra}
        <div className={styles.toolbar} role="toolbar" aria-label={strings.title}>
          <Button appearance="primary" disabled={idle} onClick={recalc} title={strings.recalcHint}>
            {strings.recalc}
          </Button>
          <Button disabled={idle} onClick={() => settings && runCheck(settings, true)}>
            {strings.check}
          </Button>
          <Button disabled={idle} onClick={() => act('clear', async () => (await host.clearMarks(), { intent: 'success', text: strings.marksCleared }))}>
            {strings.clearMarks}
          </Button>
          <Button disabled={idle} onClick={exportReport}>
            {strings.exportReport}
          </Button>
          {canUndo(host) && undoState?.available && !undoState.excelUndo && (
            <Button
              disabled={busy !== null}
              onClick={() =>
                act('undo', async () => {
                  await host.undoLastRecalc();
                  if (settings) {
                    setResults(await host.check(options(settings)));
                    setAfterRecalc(false);
                  }
                  return { intent: 'success', text: strings.undone };
                })
              }
            >
              {strings.undo}
            </Button>
          )}
        </div>
        <ReportPicker strings={strings} report={report} busy={busy !== null || !settings} onPick={(f) => void pickReport(f)} onRemove={() => void removeReport()} />
        <div aria-live="polite">
          {busy && <Spinner size="tiny" label={strings.working} />}
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'findings' | 'settings')}>
          <Tab value="findings">{afterRecalc ? strings.findingsAfterRecalc : strings.findings}</Tab>
          <Tab value="settings">{strings.settings}</Tab>
        </TabList>
        <Divider />
        {tab === 'settings' && settings && (
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <SettingsPanel
              settings={settings}
              strings={strings}
              busy={busy !== null}
              onSave={(next) => saveSettings(next, host.mode === 'file' ? strings.settingsSavedInBrowser : strings.settingsSaved)}
              onResetIgnores={() => saveSettings({ ...settings, ignores: [] }, strings.resetIgnores)}
            />
          </React.Suspense>
        )}
        {tab === 'findings' &&
          results?.map((r) => (
            <section key={r.name} aria-label={r.name}>
              {results.length > 1 && <Text weight="semibold">{r.name}</Text>}
              {r.analysis.report.tables.length === 0 ? (
                !r.analysis.report.report && <Text block>{strings.noTable}</Text>
              ) : (
                r.analysis.report.tables.map((t) => <SummaryCard key={`${t.sheet}:${t.range}`} table={t} strings={strings} />)
              )}
              <FindingsList
                findings={findingsOf(r)}
                strings={strings}
                busy={busy !== null}
                onSelect={(f) => void act('check', async () => void (await host.select(r.name, f.sheet, f.cell)))}
                onIgnore={setIgnoring}
                onUnignore={unignore}
              />
            </section>
          ))}
        {ignoring && (
          <React.Suspense fallback={null}>
            <IgnoreDialog finding={ignoring} strings={strings} onConfirm={ignore} onCancel={() => setIgnoring(null)} />
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
