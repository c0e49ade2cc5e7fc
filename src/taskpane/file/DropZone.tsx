// 选择文件 and the drop zone for one or more .xlsx files.
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { FolderOpen24Regular, LockClosed16Regular } from '@fluentui/react-icons';
import * as React from 'react';
import type { FileModeStrings } from './strings';

const useStyles = makeStyles({
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
});

export interface DropZoneProps {
  t: FileModeStrings;
  busy: boolean;
  onFiles(files: FileList | File[] | null): void;
}

export function DropZone({ t, busy, onFiles }: DropZoneProps): React.ReactElement {
  const styles = useStyles();
  const [dragging, setDragging] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  // dragenter/dragleave fire for every child the pointer crosses: count them to know when it really left.
  const dragDepth = React.useRef(0);
  return (
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
        onFiles(e.dataTransfer.files);
      }}
    >
      <Subtitle2 as="h2">{t.heading}</Subtitle2>
      <Text>{t.dropHint}</Text>
      <Button appearance="primary" icon={<FolderOpen24Regular />} onClick={() => inputRef.current?.click()} disabled={busy}>
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
          onFiles(files);
        }}
      />
      <Caption1 className={styles.privacy}>
        <LockClosed16Regular aria-hidden />
        {t.privacy}
      </Caption1>
    </div>
  );
}
