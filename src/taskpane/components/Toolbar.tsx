// The pane's actions: 重新计算, 重新检查, 清除标记, 导出校验报告 and, where Excel cannot group the undo, 撤销本次写入;
// under 更多操作 the one that is done once, at the end: 生成提交版.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
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
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={strings.more} title={strings.more} disabled={idle} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled={noTable} onClick={onClean} title={strings.cleanHint}>
              {strings.clean}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
