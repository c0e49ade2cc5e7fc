// The open files of file mode: what the host holds, opening more, downloading a checked copy, removing one, and the
// files that could not be read (with their zh-CN or en-US reason).
import * as React from 'react';
import { engineOptions } from '../../host';
import type { PaneLocale } from '../i18n';
import { fileBytes, saveBytes } from './browser';
import { checkedFileName, type FileHost, type FileHostState, SUMMARY_FILE_NAME } from './fileHost';

export interface Failure {
  name: string;
  reason: string;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useOpenFiles(host: FileHost, locale: PaneLocale, onFilesChanged?: (names: string[]) => void) {
  const [state, setState] = React.useState<FileHostState>(() => host.state());
  const [failures, setFailures] = React.useState<Failure[]>([]);

  React.useEffect(() => host.subscribe(setState), [host]);

  const open = React.useCallback(
    async (list: FileList | File[] | null) => {
      const files = Array.from(list ?? []);
      if (files.length === 0) return;
      const loaded = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
      let failed: Failure[];
      try {
        failed = await host.open(loaded);
      } catch (e) {
        failed = loaded.map((f) => ({ name: f.name, reason: reasonOf(e) }));
      }
      setFailures(failed);
      if (failed.length < loaded.length) onFilesChanged?.(host.fileNames());
    },
    [host, onFilesChanged],
  );

  const download = React.useCallback(
    async (name: string) => {
      try {
        const options = engineOptions(await host.loadSettings(), locale);
        saveBytes(checkedFileName(name), await host.checkedBytes(name, options));
      } catch (e) {
        setFailures([{ name, reason: reasonOf(e) }]);
      }
    },
    [host, locale],
  );

  const downloadSummary = React.useCallback(async () => {
    try {
      saveBytes(SUMMARY_FILE_NAME, await host.summaryBytes(engineOptions(await host.loadSettings(), locale)));
    } catch (e) {
      setFailures([{ name: SUMMARY_FILE_NAME, reason: reasonOf(e) }]);
    }
  }, [host, locale]);

  const remove = React.useCallback(
    (name: string) => {
      host.remove(name);
      onFilesChanged?.(host.fileNames());
    },
    [host, onFilesChanged],
  );

  return { state, failures, open, download, downloadSummary, remove };
}
