// Profile and grade bands, kept in the workbook through the Host.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { parseGradeBands, PROFILES } from '../../core';
import type { PaneSettings } from '../../host';
import type { PaneStrings } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '28em' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface SettingsPanelProps {
  settings: PaneSettings;
  strings: PaneStrings;
  busy: boolean;
  onSave(settings: PaneSettings): void;
  onResetIgnores(): void;
}

export function SettingsPanel({ settings, strings, busy, onSave, onResetIgnores }: SettingsPanelProps): React.ReactElement {
  const styles = useStyles();
  const [profile, setProfile] = React.useState(settings.profile);
  const [bands, setBands] = React.useState(settings.gradeBands);
  // The pane gives this form a new key when the stored settings change, so it starts from them.
  const parsed = parseGradeBands(bands);
  const bandError = typeof parsed === 'string' ? parsed : undefined;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (!bandError) onSave({ ...settings, profile, gradeBands: bands.trim() });
      }}
    >
      <Field label={strings.profile}>
        <Select value={profile} onChange={(_, data) => setProfile(data.value as PaneSettings['profile'])}>
          {Object.keys(PROFILES).map((name) => (
            <option key={name} value={name}>
              {strings.profiles[name] ?? name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.gradeBands} hint={strings.gradeBandsHint} validationMessage={bandError} validationState={bandError ? 'error' : 'none'}>
        <Input value={bands} onChange={(_, data) => setBands(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy || !!bandError}>
          {strings.saveSettings}
        </Button>
        <Button type="button" disabled={busy || settings.ignores.length === 0} onClick={onResetIgnores}>
          {strings.resetIgnores}（{settings.ignores.length}）
        </Button>
      </div>
    </form>
  );
}
