// The task pane. It talks only to a Host: Excel (Office.js) inside Excel, files in a plain browser. State and actions
// live in hooks (useAction, useWorkbook); this component lays out the parts.
import {
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Finding } from '../../core';
import { gradeBandsOf } from '../../core';
import { canUndo, defaultSettings, engineOptions, type Host } from '../../host';
import { useAction } from '../hooks/useAction';
import { useWorkbook } from '../hooks/useWorkbook';
import { type PaneLocale, STRINGS } from '../i18n';
import { ReportPicker } from './ReportPicker';
import { Results } from './Results';
import { Toolbar } from './Toolbar';

// Loaded when first needed, to keep the pane's first load small: the settings tab and the 忽略 dialog.
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "pane-settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
const CleanDialog = React.lazy(() => import(/* webpackChunkName: "pane-clean" */ './CleanDialog').then((m) => ({ default: m.CleanDialog })));
const IgnoreDialog = React.lazy(() => import(/* webpackChunkName: "pane-ignore" */ './IgnoreDialog').then((m) => ({ default: m.IgnoreDialog })));

const useStyles = makeStyles({
  // 16 px at the sides: at Excel's 350 px pane (less its scrollbar) a card's edge and shadow still stand clear of the
  // pane's edge; see the 350 px check in test/e2e/excel-mode.e2e.test.ts.
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  host: Host;
  locale?: PaneLocale;
  /** Host-specific controls shown above the results (file mode's file picker). */
  extra?: React.ReactNode;
  /** Changing this number makes the pane check the workbook(s) again (e.g. after files were opened). */
  reloadSignal?: number;
  /** The help page (help.html beside the pane's page); none: no link to it. */
  helpUrl?: string;
}

export function App({ host, locale = 'zh-CN', extra, reloadSignal = 0, helpUrl = 'help.html' }: AppProps): React.ReactElement {
  const styles = useStyles();
  const strings = STRINGS[locale];
  const actions = useAction(locale);
  const workbook = useWorkbook(host, locale, strings, reloadSignal, actions);
  const [ignoring, setIgnoring] = React.useState<Finding | null>(null);
  const [tab, setTab] = React.useState<'findings' | 'settings'>('findings');
  const [confirmingClean, setConfirmingClean] = React.useState(false);
  const { settings, results } = workbook;
  const busy = actions.busy !== null || workbook.opening;
  const notice = actions.notice ?? workbook.openError;
  const undoState = canUndo(host) ? host.undoState() : null;
  const bands = React.useMemo(() => gradeBandsOf(engineOptions(settings ?? defaultSettings(), locale)), [settings, locale]);
  // In file mode there is nothing to act on until a file is open.
  const idle = busy || !settings || (host.mode === 'file' && !(results && results.length > 0));

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root} aria-busy={busy}>
        <Title3 as="h1">{strings.title}</Title3>
        {extra}
        <Toolbar
          strings={strings}
          idle={idle}
          noTable={workbook.noTable}
          undo={undoState?.available && !undoState.excelUndo ? { busy } : null}
          onRecalc={() => void workbook.recalc()}
          onCheck={() => void workbook.check()}
          onClearMarks={() => void workbook.clearMarks()}
          onExport={() => void workbook.exportReport()}
          onUndo={() => void workbook.undo()}
          onClean={() => setConfirmingClean(true)}
        />
        <ReportPicker
          strings={strings}
          report={workbook.report}
          busy={busy || !settings}
          onPick={(file) => void workbook.pickReport(file)}
          onRemove={() => void workbook.removeReport()}
        />
        <div aria-live="polite">
          {busy && <Spinner size="tiny" label={strings.working} />}
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'findings' | 'settings')}>
          <Tab value="findings">{workbook.afterRecalc ? strings.findingsAfterRecalc : strings.findings}</Tab>
          <Tab value="settings">{strings.settings}</Tab>
        </TabList>
        <Divider />
        {tab === 'settings' && settings && (
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <SettingsPanel
              // A new key when the stored settings change, so the form starts from them.
              key={`${settings.profile}|${settings.gradeBands}`}
              settings={settings}
              strings={strings}
              busy={busy}
              onSave={(next) => void workbook.saveSettings(next, host.mode === 'file' ? strings.settingsSavedInBrowser : strings.settingsSaved)}
              onResetIgnores={() => void workbook.saveSettings({ ...settings, ignores: [] }, strings.resetIgnores)}
            />
          </React.Suspense>
        )}
        {tab === 'findings' && results && (
          <Results
            results={results}
            strings={strings}
            busy={busy}
            bands={bands}
            findingsOf={workbook.findingsOf}
            tablesOf={workbook.tablesOf}
            helpUrl={helpUrl}
            onSelect={(name, f) => void workbook.select(name, f)}
            onIgnore={setIgnoring}
            onUnignore={(f) => void workbook.unignore(f)}
          />
        )}
        {confirmingClean && (
          <React.Suspense fallback={null}>
            <CleanDialog
              open
              strings={strings}
              inPlace={host.mode !== 'file'}
              onConfirm={() => {
                setConfirmingClean(false);
                void workbook.clean();
              }}
              onCancel={() => setConfirmingClean(false)}
            />
          </React.Suspense>
        )}
        {ignoring && (
          <React.Suspense fallback={null}>
            <IgnoreDialog
              key={`${ignoring.rule}|${ignoring.sheet}!${ignoring.cell}`}
              finding={ignoring}
              strings={strings}
              onConfirm={(f, reason) => {
                setIgnoring(null);
                void workbook.ignore(f, reason);
              }}
              onCancel={() => setIgnoring(null)}
            />
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
