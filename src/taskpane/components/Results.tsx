// The 汇总 card once there is more than one table, then each workbook's tables (their summary cards) and its findings.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import * as React from 'react';
import { type Finding, type GradeBand, summarizeChecked, type TableReport } from '../../core';
import type { CheckedWorkbook } from '../../host';
import { holdsNoTable } from '../hooks/useWorkbook';
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
  /** The tables as read, or as they now read after recalc. */
  tablesOf(r: CheckedWorkbook): TableReport[];
  /** Where the pane's help page is (help.html#no-table explains how tables are found); none: no link. */
  helpUrl?: string;
  onSelect(workbook: string, at: Pick<Finding, 'sheet' | 'cell'>): void;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

export function Results({ results, strings, busy, bands, findingsOf, tablesOf, helpUrl, onSelect, onIgnore, onUnignore }: ResultsProps): React.ReactElement {
  // Statuses and figures follow what is shown: after 重新计算, the tables as they now read and what remains.
  const overview = React.useMemo(
    () => summarizeChecked(results.map((r) => ({ name: r.name, report: { ...r.analysis.report, tables: tablesOf(r), findings: findingsOf(r) } })), bands).report,
    [results, bands, findingsOf, tablesOf],
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
          {holdsNoTable(r) ? (
            // Nothing was checked: an error with what to do, never "没有发现问题". (A report checked on its own may
            // hold no table; its claims are listed below as findings.)
            <MessageBar intent="error" layout="multiline" data-testid="no-table">
              <MessageBarBody>
                <MessageBarTitle>{strings.noTable}</MessageBarTitle>
                {strings.noTableHint}
                {helpUrl && (
                  <>
                    {' '}
                    <Link href={`${helpUrl}#no-table`} target="_blank" rel="noreferrer" inline>
                      {strings.noTableHelp}
                    </Link>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          ) : (
            tablesOf(r).map((t) => <SummaryCard key={`${t.sheet}:${t.range}`} table={t} strings={strings} />)
          )}
          {(!holdsNoTable(r) || findingsOf(r).length > 0) && (
            <FindingsList
              findings={findingsOf(r)}
              strings={strings}
              busy={busy}
              onSelect={(f) => onSelect(r.name, f)}
              onIgnore={onIgnore}
              onUnignore={onUnignore}
            />
          )}
        </section>
      ))}
    </>
  );
}
