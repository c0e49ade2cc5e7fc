// File mode: the task pane as a plain web page, for .xlsx files opened in the browser (WPS users, workbooks that
// came by mail). src/taskpane/index.tsx loads this module with import() only when Office.onReady reports no host,
// and this module loads ExcelJS (src/file) with a second import(), so neither is in the add-in's initial bundle.
import * as React from 'react';
import { App } from '../components/App';
import type { PaneLocale } from '../i18n';
import { FileHost, type FileAdapter } from './fileHost';
import { FilePanel } from './FilePanel';

export { FileHost } from './fileHost';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, some intranet kiosks): settings then last for the visit only.
    return null;
  }
}

export function createFileHost(): FileHost {
  return new FileHost(() => import(/* webpackChunkName: "xlsx" */ '../../file') as Promise<FileAdapter>, browserStorage());
}

export function FileModeRoot({ locale = 'zh-CN', host: given }: { locale?: PaneLocale; host?: FileHost }): React.ReactElement {
  const host = React.useMemo(() => given ?? createFileHost(), [given]);
  const [reloadSignal, setReloadSignal] = React.useState(0);

  // A person in file mode is here to open a file: fetch ExcelJS while they look for it.
  React.useEffect(() => {
    const start = () => void host.preload().catch(() => undefined);
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
  }, [host]);

  const onFilesChanged = React.useCallback(() => setReloadSignal((n) => n + 1), []);

  return (
    <App host={host} locale={locale} reloadSignal={reloadSignal} extra={<FilePanel host={host} locale={locale} onFilesChanged={onFilesChanged} />} />
  );
}
