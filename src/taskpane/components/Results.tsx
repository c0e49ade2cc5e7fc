// The 汇总 card once there is more than one table, then each workbook's tables (their summary cards) and its findings.
import { Text } from '@fluentui/react-components';
import * as React from 'react';
import { type Finding, type GradeBand, summarizeChecked } from '../../core';
import type { CheckedWorkbook } from '../../host';
import type { PaneStrings } from '../i18n';
import { FindingsList } from './FindingsList';
import { OverviewCard } from './OverviewCard';
import { SummaryCard } from './SummaryCard';

export interface ResultsProps {
  results: CheckedWorkbook[];
  strings: PaneStrings;
  busy: boolean;
  /** The grade bands in force, for tables that state no grade of their own. */
  bands: GradeBand[];
  findingsOf(r: CheckedWorkbook): Finding[];
  onSelect(workbook: string, at: Pick<Finding, 'sheet' | 'cell'>): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

export function Results({ results, strings, busy, bands, findingsOf, onSelect, onIgnore, onUnignore }: ResultsProps): React.ReactElement {
  // Statuses follow the findings shown: after 重新计算, what remains for a person.
  const overview = React.useMemo(
    () => summarizeChecked(results.map((r) => ({ name: r.name, report: { ...r.analysis.report, findings: findingsOf(r) } })), bands).report,
    [results, bands, findingsOf],
  );
  return (
    <>
      {overview.tables.length > 1 && (
        <OverviewCard
          rows={overview.tables}
          totals={overview.totals}
          strings={strings}
          showFiles={results.length > 1}
          busy={busy}
          onGo={(row) => onSelect(row.file, row)}
        />
      )}
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
