// File mode keeps the pane's settings in the browser (localStorage), since a plain .xlsx has no add-in settings.
import { formatGradeBands, isProfileName, NATIONAL_GRADE_BANDS, parseGradeBands, type EngineOptions, type RuleId } from '../../core';
import type { PaneSettings } from '../../host';

export const SETTINGS_KEY = 'jixiao.fileMode.settings';

export function defaultSettings(): PaneSettings {
  return { profile: 'national', gradeBands: formatGradeBands(NATIONAL_GRADE_BANDS), ignores: [] };
}

/** Reads settings saved by an earlier visit; anything missing or malformed falls back to the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null): PaneSettings {
  const settings = defaultSettings();
  let saved: unknown;
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    saved = text ? JSON.parse(text) : null;
  } catch {
    saved = null;
  }
  if (!saved || typeof saved !== 'object') return settings;
  const s = saved as Record<string, unknown>;
  if (typeof s.profile === 'string' && isProfileName(s.profile)) settings.profile = s.profile;
  if (typeof s.gradeBands === 'string' && s.gradeBands.trim()) settings.gradeBands = s.gradeBands;
  if (Array.isArray(s.ignores)) {
    settings.ignores = s.ignores
      .filter(
        (i): i is Record<string, string> =>
          !!i && typeof i === 'object' && ['rule', 'sheet', 'cell', 'reason'].every((k) => typeof (i as any)[k] === 'string'),
      )
      .map((i) => ({ rule: i.rule as RuleId, sheet: i.sheet, cell: i.cell, reason: i.reason }));
  }
  return settings;
}

export function writeSettings(storage: Pick<Storage, 'setItem'> | null, settings: PaneSettings): void {
  storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** The engine options the saved settings stand for; malformed grade bands fall back to the profile's own. */
export function optionsFromSettings(settings: PaneSettings): EngineOptions {
  const bands = parseGradeBands(settings.gradeBands);
  return {
    profile: settings.profile,
    gradeBands: typeof bands === 'string' ? undefined : bands,
    ignores: settings.ignores,
  };
}
