// One settings parser and one settings → options helper for every door (Excel's workbook settings, file mode's
// localStorage): what each door reads is the same.
import { defaultSettings, engineOptions, parseSettings } from '../../src/host';

describe('parseSettings', () => {
  it('reads the JSON text a door stored, and the object alike', () => {
    const stored = { profile: 'yitihua', gradeBands: '85=优秀,75=良好,60=一般,0=较差', ignores: [{ rule: 'over-completion', sheet: '自评表', cell: 'F30', reason: '目标已上调' }] };
    expect(parseSettings(JSON.stringify(stored))).toEqual(stored);
    expect(parseSettings(stored)).toEqual(stored);
  });
  it('falls back to the defaults for what is missing or malformed', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings('not json')).toEqual(defaultSettings());
    expect(parseSettings({ profile: 'mars', gradeBands: 3, ignores: 'all' })).toEqual(defaultSettings());
    expect(defaultSettings().gradeBands).toBe('90=优,80=良,60=中,0=差');
  });
  it('keeps an ignore without its reason (as empty) and drops one without a cell', () => {
    const s = parseSettings({ ignores: [{ rule: 'rate-mismatch', sheet: 'S', cell: 'I11' }, { rule: 'rate-mismatch', sheet: 'S' }, null] });
    expect(s.ignores).toEqual([{ rule: 'rate-mismatch', sheet: 'S', cell: 'I11', reason: '' }]);
  });
});

describe('engineOptions', () => {
  it('parses the grade bands and carries profile, ignores and language', () => {
    const settings = { profile: 'yitihua' as const, gradeBands: '85=优秀,0=较差', ignores: [] };
    expect(engineOptions(settings, 'en-US')).toEqual({
      profile: 'yitihua',
      gradeBands: [{ min: 85, label: '优秀' }, { min: 0, label: '较差' }],
      ignores: [],
      locale: 'en-US',
    });
  });
  it('falls back to the profile\'s bands when the text is malformed', () => {
    expect(engineOptions({ ...defaultSettings(), gradeBands: '优=90' }).gradeBands).toBeUndefined();
  });
});
