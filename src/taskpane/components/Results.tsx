// Each workbook's tables (their summary cards) and its findings.
import { Text } from '@fluentui/react-components';
import * as React from 'react';
import type { Finding } from '../../core';
import type { CheckedWorkbook } from '../../host';
import type { PaneStrings } from '../i18n';
import { FindingsList } from './FindingsList';
import { SummaryCard } from './SummaryCard';

export interface ResultsProps {
  results: CheckedWorkbook[];
  strings: PaneStrings;
  busy: boolean;
  findingsOf(r: CheckedWorkbook): Finding[];
  onSelect(workbook: string, finding: Finding): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

export function Results({ results, strings, busy, findingsOf, onSelect, onIgnore, onUnignore }: ResultsProps): React.ReactElement {
  return (
    <>
      {results.map((r) => (
        <section key={r.name} aria-label={r.name}>
          {results.length > 1 && <Text weight="semibold">{r.name}</Text>}
          {r.analysis.report.tables.length === 0 ? (
            // A report checked on its own may hold no table; its claims are still listed below.
            !r.analysis.report.report && <Text block>{strings.noTable}</Text>
          ) : (
            r.analysis.report.tables.map((t) => <SummaryCard key={`${t.sheet}:${t.range}`} table={t} strings={strings} />)
          )}
          <FindingsList
            findings={findingsOf(r)}
            strings={strings}
            busy={busy}
            onSelect={(f) => onSelect(r.name, f)}
            onIgnore={onIgnore}
            onUnignore={onUnignore}
          />
        </section>
      ))}
    </>
  );
}
