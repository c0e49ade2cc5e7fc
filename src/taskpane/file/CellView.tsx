// 定位 in file mode: the cell a finding points at, with its row as small labelled boxes that wrap, so a wide row fits a
// narrow pane without scrolling.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { formatCell } from '../../core';
import type { PaneLocale } from '../i18n';
import type { FileHostState } from './fileHost';
import type { FileModeStrings } from './strings';

const useStyles = makeStyles({
  cellView: {
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
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

export interface CellViewProps {
  t: FileModeStrings;
  locale: PaneLocale;
  selection: NonNullable<FileHostState['selection']>;
  /** Name the workbook too: several files are open. */
  several: boolean;
}

export function CellView({ t, locale, selection, several }: CellViewProps): React.ReactElement {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  // The view sits above the findings: bring it into view when a finding is located.
  React.useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);
  return (
    <div ref={ref} className={styles.cellView} role="region" aria-label={t.selectedCell} data-testid="cell-view" aria-live="polite">
      <Text weight="semibold">
        {t.cellLine(several ? selection.workbook : null, `${selection.sheet}!${selection.cell}`, formatCell(selection.value, selection.format, locale))}
      </Text>
      <ul className={styles.rowCells} aria-label={t.rowCaption(selection.cell.replace(/^[A-Z]+/, ''))}>
        {selection.row.map((c) => (
          <li key={c.column} className={c.isTarget ? `${styles.rowCell} ${styles.target}` : styles.rowCell}>
            <span className={styles.column}>{c.column}</span>
            <span>{c.isTarget ? formatCell(c.value, selection.format, locale) : c.value === null ? '' : String(c.value)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
