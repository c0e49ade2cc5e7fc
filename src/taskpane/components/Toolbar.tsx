// The pane's actions: 重新计算, 重新检查, 清除标记, 导出校验报告, where Excel cannot group the undo 撤销本次写入, and
// last, set apart, the one done once at the end: 生成提交版 (a plain button, not a menu: a menu of one item would
// cost the pane's first load some 25 KB of positioning code).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  strings: PaneStrings;
  /** Nothing to act on yet, or an action is running. */
  idle: boolean;
  /** No table was found: 重新计算 and 导出校验报告 have nothing to act on. */
  noTable?: boolean;
  /** Offer 撤销本次写入 (enabled unless an action is running). */
  undo: { busy: boolean } | null;
  onRecalc(): void;
  onCheck(): void;
  onClearMarks(): void;
  onExport(): void;
  onUndo(): void;
  /** 生成提交版: asks first (the pane's dialog), so this only opens it. */
  onClean(): void;
}

export function Toolbar({ strings, idle, noTable = false, undo, onRecalc, onCheck, onClearMarks, onExport, onUndo, onClean }: ToolbarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={strings.title}>
      <Button appearance="primary" disabled={idle || noTable} onClick={onRecalc} title={strings.recalcHint}>
        {strings.recalc}
      </Button>
      <Button disabled={idle} onClick={onCheck}>
        {strings.check}
      </Button>
      <Button disabled={idle} onClick={onClearMarks}>
        {strings.clearMarks}
      </Button>
      <Button disabled={idle || noTable} onClick={onExport}>
        {strings.exportReport}
      </Button>
      {undo && (
        <Button disabled={undo.busy} onClick={onUndo}>
          {strings.undo}
        </Button>
      )}
      <Button appearance="subtle" disabled={idle || noTable} onClick={onClean} title={strings.cleanHint}>
        {strings.clean}
      </Button>
    </div>
  );
}
