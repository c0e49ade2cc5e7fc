// File mode's own controls: 选择文件, a drop zone for one or more .xlsx files, the open files with
// 下载已校验文件, and a view of the cell a finding points at. Everything happens in this browser tab.
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  Dismiss20Regular,
  DocumentTable20Regular,
  FolderOpen24Regular,
  LockClosed16Regular,
} from '@fluentui/react-icons';
import * as React from 'react';
import type { CellValue } from '../../core';
import type { PaneLocale } from '../i18n';
import { checkedFileName, type FileHost, type FileHostState } from './fileHost';
import { FILE_STRINGS } from './strings';
import { fileBytes } from '../bytes';

export { fileBytes };
import { optionsFromSettings } from './settings';

const useStyles = makeStyles({
  // No padding of its own: the App's main column already pads, so the drop zone lines up with the toolbar.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  privacy: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  file: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fileName: { flexGrow: 1, minWidth: '8em', wordBreak: 'break-all' },
  cellView: {
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The cell's row as small labelled boxes that wrap, so a wide row fits a narrow pane without scrolling.
  rowCells: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px',
    fontSize: tokens.fontSizeBase200,
  },
  rowCell: {
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 6px',
    maxWidth: '100%',
    wordBreak: 'break-all',
  },
  column: { color: tokens.colorNeutralForeground3 },
  target: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

/** Reads a browser File into bytes; older engines lack Blob.arrayBuffer. */

/** Saves bytes as a download; the object URL never leaves the tab. */
export function saveBytes(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatCellValue(value: CellValue, format: string | null, blank = '（空）'): string {
  if (value === null || value === '') return blank;
  if (typeof value === 'number' && format && /%/.test(format)) {
    const decimals = /\.(0+)%/.exec(format)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(value);
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export interface FilePanelProps {
  host: FileHost;
  locale?: PaneLocale;
  /** Called after files were opened (or removed) with the names now open. */
  onFilesChanged?: (names: string[]) => void;
}

export function FilePanel({ host, locale = 'zh-CN', onFilesChanged }: FilePanelProps): React.ReactElement {
  const styles = useStyles();
  const t = FILE_STRINGS[locale];
  const cellViewRef = React.useRef<HTMLDivElement>(null);
  const [state, setState] = React.useState<FileHostState>(() => host.state());
  const [failures, setFailures] = React.useState<{ name: string; reason: string }[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const dragDepth = React.useRef(0);

  React.useEffect(() => host.subscribe(setState), [host]);

  const openFiles = React.useCallback(
    async (list: FileList | File[] | null) => {
      const files = Array.from(list ?? []);
      if (files.length === 0) return;
      const loaded = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
      let failed: { name: string; reason: string }[];
      try {
        failed = await host.open(loaded);
      } catch (e) {
        failed = loaded.map((f) => ({ name: f.name, reason: e instanceof Error ? e.message : String(e) }));
      }
      setFailures(failed);
      if (failed.length < loaded.length) onFilesChanged?.(host.fileNames());
    },
    [host, onFilesChanged],
  );

  const download = React.useCallback(
    async (name: string) => {
      try {
        const options = optionsFromSettings(await host.loadSettings());
        saveBytes(checkedFileName(name), await host.checkedBytes(name, options));
      } catch (e) {
        setFailures([{ name, reason: e instanceof Error ? e.message : String(e) }]);
      }
    },
    [host],
  );

  const remove = React.useCallback(
    (name: string) => {
      host.remove(name);
      onFilesChanged?.(host.fileNames());
    },
    [host, onFilesChanged],
  );

  const several = state.files.length > 1;
  const selection = state.selection;

  // 定位 in file mode shows the cell here, above the findings: bring it into view.
  React.useEffect(() => {
    if (selection) cellViewRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  return (
    <section className={styles.root} aria-label={t.region}>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          dragDepth.current++;
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          dragDepth.current = 0;
          setDragging(false);
          void openFiles(e.dataTransfer.files);
        }}
      >
        <Subtitle2 as="h2">{t.heading}</Subtitle2>
        <Text>{t.dropHint}</Text>
        <Button appearance="primary" icon={<FolderOpen24Regular />} onClick={() => inputRef.current?.click()} disabled={state.busy}>
          {t.choose}
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          multiple
          hidden
          aria-label={t.inputLabel}
          data-testid="file-input"
          onChange={(e) => {
            const files = e.currentTarget.files ? Array.from(e.currentTarget.files) : [];
            e.currentTarget.value = '';
            void openFiles(files);
          }}
        />
        <Caption1 className={styles.privacy}>
          <LockClosed16Regular aria-hidden />
          {t.privacy}
        </Caption1>
      </div>

      {state.busy && state.files.length === 0 && <Spinner size="tiny" label={t.reading} />}

      {failures.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {failures.map((f) => (
              <div key={f.name}>
                {f.name}：{f.reason}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.files.length > 0 && (
        <ul className={styles.list} aria-label={t.openFiles}>
          {state.files.map((f) => (
            <li key={f.name} className={styles.file}>
              <DocumentTable20Regular aria-hidden />
              <Text className={styles.fileName}>
                {f.name} <Caption1>（{formatSize(f.size)}）</Caption1>
              </Text>
              {f.kind === 'report' ? (
                <Caption1>{t.reportKind}</Caption1>
              ) : (
                <Button
                  icon={<ArrowDownload20Regular />}
                  aria-label={several ? t.downloadLabel(f.name) : undefined}
                  onClick={() => void download(f.name)}
                  disabled={state.busy}
                >
                  {t.download}
                </Button>
              )}
              <Button
                appearance="subtle"
                icon={<Dismiss20Regular />}
                aria-label={t.removeLabel(f.name)}
                title={t.remove}
                onClick={() => remove(f.name)}
              />
            </li>
          ))}
        </ul>
      )}

      {selection && (
        <div ref={cellViewRef} className={styles.cellView} role="region" aria-label={t.selectedCell} data-testid="cell-view" aria-live="polite">
          <Text weight="semibold">
            {several ? `${selection.workbook} · ` : ''}
            {selection.sheet}!{selection.cell}：{formatCellValue(selection.value, selection.format, t.blank)}
          </Text>
          <ul className={styles.rowCells} aria-label={t.rowCaption(selection.cell.replace(/^[A-Z]+/, ''))}>
            {selection.row.map((c) => (
              <li key={c.column} className={c.isTarget ? `${styles.rowCell} ${styles.target}` : styles.rowCell}>
                <span className={styles.column}>{c.column}</span>
                <span>{c.isTarget ? formatCellValue(c.value, selection.format, t.blank) : c.value === null ? '' : String(c.value)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
