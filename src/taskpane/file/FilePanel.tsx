// File mode's own controls: 选择文件, a drop zone for one or more .xlsx files, the open files with
// 下载已校验文件, 下载汇总表 once there are several tables, and a view of the cell a finding points at. Everything happens in this browser tab.
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { TableSimple20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import type { PaneLocale } from '../i18n';
import { CellView } from './CellView';
import { DropZone } from './DropZone';
import type { FileHost } from './fileHost';
import { OpenFiles } from './OpenFiles';
import { FILE_STRINGS } from './strings';
import { useOpenFiles } from './useOpenFiles';

export { fileBytes, saveBytes } from './browser';

const useStyles = makeStyles({
  // No padding of its own: the App's main column already pads, so the drop zone lines up with the toolbar.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { alignSelf: 'flex-start' },
});

export interface FilePanelProps {
  host: FileHost;
  locale?: PaneLocale;
  /** Called after files were opened (or removed) with the names now open. */
  onFilesChanged?: (names: string[]) => void;
}

export function FilePanel({ host, locale = 'zh-CN', onFilesChanged }: FilePanelProps): React.ReactElement {
  const styles = useStyles();
  const t = FILE_STRINGS[locale];
  const { state, failures, open, download, downloadSummary, remove } = useOpenFiles(host, locale, onFilesChanged);
  return (
    <section className={styles.root} aria-label={t.region}>
      <DropZone t={t} busy={state.busy} onFiles={(files) => void open(files)} />
      {state.busy && state.files.length === 0 && <Spinner size="tiny" label={t.reading} />}
      {failures.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {failures.map((f) => (
              <div key={f.name}>{t.failure(f.name, f.reason)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.files.length > 0 && <OpenFiles t={t} files={state.files} busy={state.busy} onDownload={(name) => void download(name)} onRemove={remove} />}
      {(state.files.length > 1 || state.tables > 1) && (
        <Button className={styles.summary} icon={<TableSimple20Regular />} onClick={() => void downloadSummary()} disabled={state.busy} title={t.downloadSummaryHint}>
          {t.downloadSummary}
        </Button>
      )}
      {state.selection && <CellView t={t} locale={locale} selection={state.selection} several={state.files.length > 1} />}
    </section>
  );
}
