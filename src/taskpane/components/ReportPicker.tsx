// 核对自评报告: pick the Word report (.docx) the table goes with. It is read here, in the pane (src/file/docx.ts, loaded
// on first use), and never uploaded or written; its claims are then checked with the workbook's tables.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { ReportText } from '../../core/claims';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ReportPickerProps {
  strings: PaneStrings;
  report: ReportText | null;
  busy: boolean;
  onPick(file: File): void;
  onRemove(): void;
}

export function ReportPicker({ strings, report, busy, onPick, onRemove }: ReportPickerProps): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} data-testid="report-picker">
      <Button disabled={busy} title={strings.reportPickHint} onClick={() => input.current?.click()}>
        {strings.reportPick}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label={strings.reportInputLabel}
        data-testid="report-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onPick(file);
        }}
      />
      {report && (
        <>
          <Caption1>{strings.reportLoaded(report.file, report.paragraphs.length, report.tables.length)}</Caption1>
          <Button size="small" appearance="subtle" disabled={busy} onClick={onRemove}>
            {strings.reportRemove}
          </Button>
        </>
      )}
    </div>
  );
}
