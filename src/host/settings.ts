// The pane's settings as every door keeps them (workbook settings in Excel, localStorage in file mode): one parser,
// one default, and one way to turn them into engine options.
import { type EngineOptions, formatGradeBands, isProfileName, type Locale, NATIONAL_GRADE_BANDS, parseGradeBands, type RuleId } from '../core';
import type { PaneSettings } from './host';

export function defaultSettings(): PaneSettings {
  return { profile: 'national', gradeBands: formatGradeBands(NATIONAL_GRADE_BANDS), ignores: [] };
}

/**
 * Settings as stored: an object or its JSON text. Anything missing or malformed falls back to the default; an ignore
 * needs its rule, sheet and cell (a missing reason reads as empty, so the ignore still holds).
 */
export function parseSettings(stored: unknown): PaneSettings {
  const settings = defaultSettings();
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return settings;
    }
  }
  if (!value || typeof value !== 'object') return settings;
  const v = value as Record<string, unknown>;
  if (typeof v.profile === 'string' && isProfileName(v.profile)) settings.profile = v.profile;
  if (typeof v.gradeBands === 'string' && v.gradeBands.trim()) settings.gradeBands = v.gradeBands;
  if (Array.isArray(v.ignores)) {
    settings.ignores = v.ignores.flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const i = item as Record<string, unknown>;
      if (typeof i.rule !== 'string' || typeof i.sheet !== 'string' || typeof i.cell !== 'string') return [];
      // A rule id this version does not know (a newer version's) is kept, so saving here does not drop it.
      return [{ rule: i.rule as RuleId, sheet: i.sheet, cell: i.cell, reason: typeof i.reason === 'string' ? i.reason : '' }];
    });
  }
  return settings;
}

/** The engine options the settings stand for; malformed grade bands fall back to the profile's own. */
export function engineOptions(settings: PaneSettings, locale: Locale = 'zh-CN'): EngineOptions {
  const bands = parseGradeBands(settings.gradeBands);
  return { profile: settings.profile, gradeBands: typeof bands === 'string' ? undefined : bands, ignores: settings.ignores, locale };
}
