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
import type { CheckedWorkbook, Host, KeptCell, PaneSettings } from '../../host';
import { canExport, canUndo } from '../../host';
import { type PaneLocale, STRINGS } from '../i18n';
import { FindingsList } from './FindingsList';
import { SummaryCard } from './SummaryCard';

// Loaded when first needed, to keep the pane's first load small: the settings tab and the 忽略 dialog.
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "pane-settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
const UndoKeptList = React.lazy(() => import(/* webpackChunkName: "pane-undo" */ './UndoKeptList').then((m) => ({ default: m.UndoKeptList })));
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

/** Options for the engine from the stored settings; malformed grade bands fall back to the profile's. */
export function optionsFor(settings: PaneSettings, locale: PaneLocale): EngineOptions {
  const bands = parseGradeBands(settings.gradeBands);
  return { profile: settings.profile, gradeBands: typeof bands === 'string' ? undefined : bands, ignores: settings.ignores, locale };
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
  /** Cells the last 撤销本次写入 left because they changed since the recalculation. */
  const [kept, setKept] = React.useState<KeptCell[]>([]);

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
        const checked = await host.check(optionsFor(current, locale));
        setResults(checked);
        setAfterRecalc(false);
        const count = checked.reduce((n, c) => n + c.analysis.report.findings.filter((f) => !f.ignored).length, 0);
        return announce ? { intent: 'info', text: strings.checkDone(count) } : undefined;
      }),
    [act, host, locale, strings],
  );

  // Open: read the workbook's settings, then check it.
  React.useEffect(() => {
    let cancelled = false;
    void act('check', async () => {
      const loaded = await host.loadSettings();
      if (cancelled) return;
      setSettings(loaded);
      const checked = await host.check(optionsFor(loaded, locale));
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
      const checked = await host.check(optionsFor(next, locale));
      setResults(checked);
      setAfterRecalc(false);
      return { intent: 'success', text };
    });

  const recalc = () =>
    settings &&
    act('recalc', async () => {
      setKept([]);
      const checked = await host.recalc(optionsFor(settings, locale));
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
        const { rows } = await host.exportReport(optionsFor(settings, locale));
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
                  const outcome = await host.undoLastRecalc();
                  setKept(outcome.kept);
                  if (settings) {
                    setResults(await host.check(optionsFor(settings, locale)));
                    setAfterRecalc(false);
                  }
                  return outcome.kept.length ? { intent: 'info', text: strings.undoneExceptChanged(outcome.kept.length) } : { intent: 'success', text: strings.undone };
                })
              }
            >
              {strings.undo}
            </Button>
          )}
        </div>
        <div aria-live="polite">
          {busy && <Spinner size="tiny" label={strings.working} />}
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          {kept.length > 0 && (
            <React.Suspense fallback={null}>
              <UndoKeptList kept={kept} locale={locale} onSelect={(k) => void act('check', async () => void (await host.select('', k.sheet, k.cell)))} />
            </React.Suspense>
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
                <Text block>{strings.noTable}</Text>
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
