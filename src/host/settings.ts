// The pane's settings as a door stores them (JSON), read back defensively: a damaged or foreign value gives the
// defaults, never an exception.
import { type EngineOptions, isProfileName, parseGradeBands } from '../core';
import type { PaneSettings } from './host';

export const DEFAULT_SETTINGS: PaneSettings = { profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] };

export function parsePaneSettings(raw: unknown): PaneSettings {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ...DEFAULT_SETTINGS, ignores: [] };
    }
  }
  if (!value || typeof value !== 'object') return { ...DEFAULT_SETTINGS, ignores: [] };
  const v = value as Partial<PaneSettings>;
  return {
    profile: typeof v.profile === 'string' && isProfileName(v.profile) ? v.profile : DEFAULT_SETTINGS.profile,
    gradeBands: typeof v.gradeBands === 'string' && v.gradeBands.trim() ? v.gradeBands : DEFAULT_SETTINGS.gradeBands,
    ignores: Array.isArray(v.ignores)
      ? v.ignores
          .filter((i) => i && typeof i.rule === 'string' && typeof i.sheet === 'string' && typeof i.cell === 'string')
          .map((i) => ({ rule: i.rule, sheet: i.sheet, cell: i.cell, reason: String(i.reason ?? '') }))
      : [],
  };
}

/** The settings as engine options (grade bands parsed; a malformed text falls back to the profile's). */
export function settingsToEngineOptions(settings: PaneSettings, locale: EngineOptions['locale'] = 'zh-CN'): EngineOptions {
  const bands = parseGradeBands(settings.gradeBands);
  return { profile: settings.profile, gradeBands: typeof bands === 'string' ? undefined : bands, ignores: settings.ignores, locale };
}
