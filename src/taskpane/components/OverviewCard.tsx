// The 汇总 card: every table of the workbook (or of every open file) on one line — name, score, grade, 可提交 / 需修改 —
// each name a button that goes to the table, and the totals below. Shown once there is more than one table.
import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { formatNumber, formatPercent, type SummaryRow, type SummaryTotals } from '../../core';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  name: { wordBreak: 'break-all' },
  file: { display: 'block', color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '4.5em' },
  grade: { textAlign: 'center', width: '3em' },
  status: { width: '4.5em' },
});

const show = (v: number | null) => (v === null ? '—' : formatNumber(v));
const percent = (v: number | null) => (v === null ? '' : formatPercent(v));

export interface OverviewCardProps {
  rows: SummaryRow[];
  totals: SummaryTotals;
  strings: PaneStrings;
  /** Several files: each line names its file under the table's name. */
  showFiles: boolean;
  busy: boolean;
  onGo(row: SummaryRow): void;
}

export function OverviewCard({ rows, totals, strings, showFiles, busy, onGo }: OverviewCardProps): React.ReactElement {
  const styles = useStyles();
  const toFix = rows.filter((r) => r.status === '需修改').length;
  return (
    <Card className={styles.card} aria-label={strings.overview} data-testid="overview">
      <CardHeader header={<Text weight="semibold">{strings.overview}</Text>} description={<Text size={200}>{strings.overviewCounts(rows.length, rows.length - toFix, toFix)}</Text>} />
      <Table size="extra-small" aria-label={strings.overview}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.overviewName}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.overviewScore}</TableHeaderCell>
            <TableHeaderCell className={styles.grade}>{strings.grade}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{strings.overviewStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.file}|${row.sheet}|${row.cell}`} data-testid="overview-row">
              <TableCell className={styles.name}>
                <Link as="button" disabled={busy} onClick={() => onGo(row)} aria-label={strings.goToTable(row.name, row.sheet)}>
                  {row.name}
                </Link>
                {showFiles && <Caption1 className={styles.file}>{row.file}</Caption1>}
              </TableCell>
              <TableCell className={styles.number}>{show(row.score)}</TableCell>
              <TableCell className={styles.grade}>{row.grade ?? '—'}</TableCell>
              <TableCell className={styles.status}>
                <Badge appearance="tint" color={row.status === '需修改' ? 'danger' : 'success'}>
                  {row.status === '需修改' ? strings.needsFixing : strings.ready}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200} data-testid="overview-totals">
        {strings.overviewTotals(show(totals.budgetInitial), show(totals.executed), percent(totals.rate), show(totals.averageScore))}
      </Text>
    </Card>
  );
}
