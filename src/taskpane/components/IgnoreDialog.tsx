// 忽略 asks for a reason: the finance bureau will want to know why a finding was set aside.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import * as React from 'react';
import type { Finding } from '../../core';
import type { PaneStrings } from '../i18n';

export interface IgnoreDialogProps {
  finding: Finding | null;
  strings: PaneStrings;
  onConfirm(finding: Finding, reason: string): void;
  onCancel(): void;
}

export function IgnoreDialog({ finding, strings, onConfirm, onCancel }: IgnoreDialogProps): React.ReactElement {
  const [reason, setReason] = React.useState('');
  const input = React.useRef<HTMLInputElement>(null);
  // Straight to the reason: type it and press Enter. (A new finding comes with a new key, so the reason starts empty.)
  React.useEffect(() => {
    if (finding) setTimeout(() => input.current?.focus(), 0);
  }, [finding]);
  const submit = () => {
    if (finding && reason.trim()) onConfirm(finding, reason.trim());
  };
  return (
    <Dialog open={finding !== null} onOpenChange={(_, data) => (!data.open ? onCancel() : undefined)}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{strings.ignoreTitle}</DialogTitle>
            <DialogContent>
              {finding && <p>{`${finding.sheet}!${finding.cell}：${finding.message}`}</p>}
              <Field label={strings.ignoreReason} required>
                <Input ref={input} value={reason} onChange={(_, data) => setReason(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!reason.trim()}>
                {strings.ignoreConfirm}
              </Button>
              <Button type="button" onClick={onCancel}>
                {strings.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
