// After 撤销本次写入: the derived cells a person changed since the recalculation, which the undo left as they are.
// Each names what it holds now and what the recalculation had written, with 定位 to go and look.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { type CellValue, formatNumber } from '../../core';
import type { KeptCell } from '../../host';
import type { PaneLocale } from '../i18n';

const TEXT = {
  'zh-CN': {
    title: (n: number) => `有 ${n} 个单元格在重算后又被修改过，已保留现有内容，未撤销：`,
    item: (now: string, wrote: string) => `现为 ${now}，重算时写入 ${wrote}`,
    blank: '（空白）',
    goTo: '定位',
    goToLabel: (sheet: string, cell: string) => `定位到工作表“${sheet}”的单元格 ${cell}`,
  },
  'en-US': {
    title: (n: number) => `${n} cell(s) changed after the recalculation were kept as they are, not undone:`,
    item: (now: string, wrote: string) => `now ${now}; the recalculation wrote ${wrote}`,
    blank: '(blank)',
    goTo: 'Go to',
    goToLabel: (sheet: string, cell: string) => `Go to cell ${cell} on sheet "${sheet}"`,
  },
} as const;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function shown(value: CellValue, formula: string | null, blank: string): string {
  if (formula) return formula;
  if (value === null || value === '') return blank;
  return typeof value === 'number' ? formatNumber(value, 4) : String(value);
}

export interface UndoKeptListProps {
  kept: KeptCell[];
  locale: PaneLocale;
  onSelect(cell: KeptCell): void;
}

export function UndoKeptList({ kept, locale, onSelect }: UndoKeptListProps): React.ReactElement | null {
  const styles = useStyles();
  if (!kept.length) return null;
  const t = TEXT[locale];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="undo-kept">
      <MessageBarBody>
        <MessageBarTitle>{t.title(kept.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {kept.map((k) => (
            <li key={`${k.sheet}!${k.cell}`} className={styles.item}>
              <Text>
                {k.sheet}!{k.cell}：{t.item(shown(k.now, k.formula, t.blank), shown(k.wrote, null, t.blank))}
              </Text>
              <Button size="small" appearance="subtle" aria-label={t.goToLabel(k.sheet, k.cell)} onClick={() => onSelect(k)}>
                {t.goTo}
              </Button>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
