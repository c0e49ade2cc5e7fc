// Findings grouped by severity with counts; each one explains itself, shows expected vs found, and offers
// 定位 (select its cell) and 忽略 (with a reason). Every control is a button: Tab and Enter are enough.
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Finding, Severity } from '../../core';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  values: { color: tokens.colorNeutralForeground2 },
  quote: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];
const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface FindingsListProps {
  findings: Finding[];
  strings: PaneStrings;
  onSelect(finding: Finding): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
  busy: boolean;
}

export function FindingsList({ findings, strings, onSelect, onIgnore, onUnignore, busy }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const open = findings.filter((f) => !f.ignored);
  const ignored = findings.filter((f) => f.ignored);
  // A finding about the 自评报告 quotes its sentence; it can be located only where it names a cell of the workbook.
  const inWorkbook = (f: Finding) => f.cell !== '' && !(f.source?.sheet === f.sheet && f.source.cell === f.cell);
  const place = (f: Finding) => (inWorkbook(f) || !f.source ? `${f.sheet}!${f.cell}` : strings.reportPlace(f.source.file, f.source.paragraph, f.source.sheet, f.source.cell));
  const item = (f: Finding, i: number) => (
    <li key={`${f.sheet}!${f.cell}:${f.rule}:${i}`} className={`${styles.item} ${styles[f.severity]}`} data-testid="finding">
      <Text size={200} weight="semibold" block>
        {strings.ruleName(f.rule)} · {place(f)}
      </Text>
      <Text block>{f.message}</Text>
      {f.source && (
        <blockquote className={styles.quote} aria-label={strings.reportSentence} data-testid="finding-source">
          <Text size={200}>
            {inWorkbook(f) ? `${strings.reportPlace(f.source.file, f.source.paragraph, f.source.sheet, f.source.cell)}：` : ''}“{f.source.excerpt}”
          </Text>
        </blockquote>
      )}
      {(f.expected !== null || f.actual !== null) && (
        <Text size={200} block className={styles.values}>
          {/* A finding with no expected value (over budget, over-completion, a qualitative score) says only what the table holds. */}
          {f.expected === null ? strings.inTable(strings.findingValue(f, f.actual)) : strings.expectedFound(strings.findingValue(f, f.expected), strings.findingValue(f, f.actual))}
          {f.fixable ? strings.fixableTag : ''}
        </Text>
      )}
      {f.ignored && <Text size={200} block className={styles.values}>{strings.ignoredReason(f.ignored.reason)}</Text>}
      <div className={styles.actions}>
        {inWorkbook(f) && (
          <Button size="small" appearance="secondary" aria-label={strings.goToLabel(f.sheet, f.cell)} onClick={() => onSelect(f)}>
            {strings.goTo(f.sheet, f.cell)}
          </Button>
        )}
        {!inWorkbook(f) ? null : f.ignored ? (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => onUnignore(f)}>
            {strings.unignore}
          </Button>
        ) : (
          <Button size="small" appearance="subtle" disabled={busy} aria-label={strings.ignoreLabel(f.cell)} onClick={() => onIgnore(f)}>
            {strings.ignore}
          </Button>
        )}
      </div>
    </li>
  );
  return (
    <div>
      {open.length === 0 && <Text block>{strings.noFindings}</Text>}
      {ORDER.map((severity) => {
        const group = open.filter((f) => f.severity === severity);
        if (!group.length) return null;
        const id = `findings-${severity}`;
        return (
          <section key={severity} className={styles.section} aria-labelledby={id}>
            <h3 id={id} className={styles.heading}>
              {strings.severity[severity]}
              <Badge appearance="filled" color={BADGE[severity]} aria-label={`${group.length}`}>
                {group.length}
              </Badge>
            </h3>
            <ul className={styles.list}>{group.map(item)}</ul>
          </section>
        );
      })}
      {ignored.length > 0 && (
        <section className={styles.section} aria-labelledby="findings-ignored">
          <h3 id="findings-ignored" className={styles.heading}>
            {strings.ignored}
            <Badge appearance="outline" aria-label={`${ignored.length}`}>
              {ignored.length}
            </Badge>
          </h3>
          <ul className={styles.list}>{ignored.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
