// The open files, each with 下载已校验文件 and 移除.
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Dismiss20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import type { FileHostState } from './fileHost';
import type { FileModeStrings } from './strings';

const useStyles = makeStyles({
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
  noTable: { color: tokens.colorPaletteRedForeground1 },
});

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export interface OpenFilesProps {
  t: FileModeStrings;
  files: FileHostState['files'];
  busy: boolean;
  onDownload(name: string): void;
  onRemove(name: string): void;
}

export function OpenFiles({ t, files, busy, onDownload, onRemove }: OpenFilesProps): React.ReactElement {
  const styles = useStyles();
  const several = files.length > 1;
  return (
    <ul className={styles.list} aria-label={t.openFiles}>
      {files.map((f) => (
        <li key={f.name} className={styles.file}>
          <DocumentTable20Regular aria-hidden />
          <Text className={styles.fileName}>
            {f.name} <Caption1>{t.size(formatSize(f.size))}</Caption1>
          </Text>
          {f.kind === 'report' ? (
            <Caption1>{t.reportKind}</Caption1>
          ) : f.tables === 0 ? (
            // Nothing found to check: no checked copy to offer (the findings area says what to do).
            <Caption1 className={styles.noTable}>{t.noTable}</Caption1>
          ) : (
            <Button icon={<ArrowDownload20Regular />} aria-label={several ? t.downloadLabel(f.name) : undefined} onClick={() => onDownload(f.name)} disabled={busy}>
              {t.download}
            </Button>
          )}
          <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={t.removeLabel(f.name)} title={t.remove} onClick={() => onRemove(f.name)} />
        </li>
      ))}
    </ul>
  );
}
