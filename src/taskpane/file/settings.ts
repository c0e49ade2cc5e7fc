// File mode keeps the pane's settings in the browser (localStorage), since a plain .xlsx has no add-in settings.
// Parsing and the engine options are src/host's, shared with every door.
import type { PaneSettings } from '../../host';
import { parseSettings } from '../../host';

export { defaultSettings } from '../../host';

export const SETTINGS_KEY = 'jixiao.fileMode.settings';

/** Reads settings saved by an earlier visit; anything missing or malformed falls back to the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null): PaneSettings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    // Storage can refuse to be read (privacy settings): the defaults then hold for the visit.
    return parseSettings(null);
  }
}

export function writeSettings(storage: Pick<Storage, 'setItem'> | null, settings: PaneSettings): void {
  storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
}
