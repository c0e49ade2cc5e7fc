// Each table's total, grade and first-level groups: score against weight as a small bar chart.
import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { formatNumber, sameGrade, type TableReport } from '../../core';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, alignItems: 'baseline' },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  bars: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bar: { display: 'grid', gridTemplateColumns: '5.5em 1fr 5em', alignItems: 'center', gap: tokens.spacingHorizontalS },
  track: { height: '8px', borderRadius: '4px', backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  short: { height: '100%', backgroundColor: tokens.colorPaletteRedBackground3 },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

interface Bar {
  name: string;
  score: number | null;
  weight: number | null;
}

export function SummaryCard({ table, strings }: { table: TableReport; strings: PaneStrings }): React.ReactElement {
  const styles = useStyles();
  const bars: Bar[] = [];
  if (table.budget && table.budget.weight !== null) bars.push({ name: strings.budget, score: table.budget.score, weight: table.budget.weight });
  for (const g of table.groups) bars.push({ name: g.name, score: g.score, weight: g.weight });
  const title = table.name ?? table.sheet;
  const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));
  return (
    <Card className={styles.card} aria-label={`${strings.summary}：${title}`}>
      <CardHeader
        header={<Text weight="semibold">{title}</Text>}
        description={<Text size={200}>{`${table.kind === 'department' ? strings.departmentTable : strings.projectTable} · ${table.sheet}`}</Text>}
      />
      <div className={styles.figures}>
        <div>
          <Text size={200} block>
            {strings.total}
          </Text>
          <span className={styles.big} data-testid="total-score">
            {show(table.total?.score)}
          </span>
          {table.total?.entered != null && table.total.score !== null && Math.abs(table.total.entered - table.total.score) > 0.005 && (
            <Text size={200} block data-testid="total-entered">
              {strings.inTable(show(table.total.entered))}
            </Text>
          )}
        </div>
        <div>
          <Text size={200} block>
            {strings.grade}
          </Text>
          <span className={styles.big} data-testid="grade">
            {table.grade?.value ?? '—'}
          </span>
          {table.grade?.entered && table.grade.value && !sameGrade(table.grade.entered, table.grade.value) && (
            <Text size={200} block data-testid="grade-entered">
              {strings.inTable(table.grade.entered)}
            </Text>
          )}
        </div>
      </div>
      <ul className={styles.bars}>
        {bars.map((bar) => {
          const ratio = bar.weight && bar.score !== null ? Math.max(0, Math.min(1, bar.score / bar.weight)) : 0;
          const label = `${bar.name} ${strings.scoreOf(show(bar.score), show(bar.weight))}`;
          return (
            <li key={bar.name} className={styles.bar} aria-label={label}>
              <Text size={200}>{bar.name}</Text>
              <div className={styles.track} role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={bar.weight ?? 0} aria-valuenow={bar.score ?? 0}>
                <div className={ratio < 1 ? styles.short : styles.fill} style={{ width: `${ratio * 100}%` }} />
              </div>
              <Text size={200} className={styles.value}>
                {strings.scoreOf(show(bar.score), show(bar.weight))}
              </Text>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
