// 生成提交版 asks first: it says what goes (marks, notes, 校验结果, 修改记录, the ledger) and that the values stay.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import * as React from 'react';
import type { PaneStrings } from '../i18n';

export interface CleanDialogProps {
  open: boolean;
  strings: PaneStrings;
  /** File mode downloads a copy; Excel and WPS change the workbook in place. */
  inPlace: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function CleanDialog({ open, strings, inPlace, onConfirm, onCancel }: CleanDialogProps): React.ReactElement {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (!data.open ? onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.cleanTitle}</DialogTitle>
          <DialogContent>
            <p>{strings.cleanIntro}</p>
            <ul>
              {strings.cleanRemoves.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>{strings.cleanKeeps}</p>
            <p>{inPlace ? strings.cleanInPlace : strings.cleanInFile}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {strings.cleanConfirm}
            </Button>
            <Button onClick={onCancel}>{strings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
