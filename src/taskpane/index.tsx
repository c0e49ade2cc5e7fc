// Entry of taskpane.html. The one place that chooses the Host: Excel inside Excel, file mode in a plain browser.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { pickLocale } from './i18n';
import type { Host } from '../host';

export { App };

function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

async function chooseHost(info: { host: Office.HostType | string | null }): Promise<React.ReactElement> {
  const locale = pickLocale(displayLanguage() ?? navigator.language);
  // Office.HostType.Excel is "Excel"; compared as text so the page also runs where office.js never loaded.
  if (info.host === 'Excel') {
    // The Excel door in its own chunk: a page opened outside Excel (file mode) never loads it.
    const { ExcelHost } = await import(/* webpackChunkName: "excel" */ '../excel/host');
    const host: Host = new ExcelHost();
    return <App host={host} locale={locale} />;
  }
  // Not inside Excel: file mode (issue 4), loaded on demand so ExcelJS stays out of this bundle.
  const { FileModeRoot } = await import(/* webpackChunkName: "filemode" */ './file');
  return <FileModeRoot locale={locale} />;
}

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  let started = false;
  const start = async (info: { host: Office.HostType | string | null }) => {
    // Mount once: a second ready call would bring a new host, and with it a second read of the whole workbook.
    if (started) return;
    started = true;
    root.render(await chooseHost(info));
  };
  // office.js comes from Microsoft's CDN: opened as a web page on an intranet without the internet it never loads, and
  // the page is file mode all the same.
  const office = (globalThis as { Office?: { onReady?: (cb: (info: { host: Office.HostType | string | null }) => void) => unknown } }).Office;
  if (typeof office?.onReady === 'function') void office.onReady(start);
  else void start({ host: null });
}
