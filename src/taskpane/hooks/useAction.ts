// One action at a time: what the pane is busy with, and the notice the last action left.
import * as React from 'react';
import type { PaneLocale } from '../i18n';

export type Busy = null | 'check' | 'recalc' | 'clear' | 'export' | 'undo' | 'settings' | 'clean';
export type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

/** An error in the pane's language: hosts may carry an English text beside their zh-CN message. */
export function errorText(error: unknown, locale: PaneLocale): string {
  if (error && typeof error === 'object') {
    const e = error as { en?: unknown; message?: unknown };
    if (locale === 'en-US' && typeof e.en === 'string') return e.en;
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}

export interface Actions {
  busy: Busy;
  notice: Notice;
  /** Runs `work` as `kind`: busy meanwhile, its notice (or its error) shown after. */
  act(kind: Exclude<Busy, null>, work: () => Promise<Notice | void>): Promise<void>;
}

export function useAction(locale: PaneLocale): Actions {
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const act = React.useCallback(
    async (kind: Exclude<Busy, null>, work: () => Promise<Notice | void>) => {
      setBusy(kind);
      try {
        const result = await work();
        if (result !== undefined) setNotice(result);
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error, locale) });
      } finally {
        setBusy(null);
      }
    },
    [locale],
  );
  return { busy, notice, act };
}
