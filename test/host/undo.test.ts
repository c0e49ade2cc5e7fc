// The host-agnostic half of 撤销本次写入: what to put back, what to leave, and the ledger after.
import { ledgerAfterUndo, parseRecord, planUndo, sameCellValue as sameValue, type CurrentState, type RecalcRecord } from '../../src/host';

const S = '部门整体绩效自评表';

function record(): RecalcRecord {
  return {
    v: 1,
    at: '2026-03-01T09:00:00.000Z',
    cells: [
      { sheet: S, cell: 'I9', before: { value: 0.2336, formula: null, numberFormat: '0.00%' }, after: { value: 0.2335 } },
      { sheet: S, cell: 'I12', before: { value: 0.0143, formula: null, numberFormat: '0.00%' }, after: { value: 0.143 } },
      { sheet: S, cell: 'G5', before: { value: null, formula: null, numberFormat: 'General' }, after: { value: '优' } },
    ],
    fills: [
      { sheet: S, cell: 'I17', before: 'FFFF00', after: 'FFEB9C' },
      { sheet: S, cell: 'I28', before: null, after: 'FFEB9C' },
    ],
    notes: [{ sheet: S, cell: 'I28', before: null, after: '绩效自评助手：\n得分低于分值' }],
    sheets: [],
    ledgerBefore: [{ sheet: S, cell: 'D8', originalFill: null, originalNote: null }],
    settings: [],
  };
}

function state(cells: Record<string, { value: number | string | null; formula?: string }>, fills: Record<string, string | null>, notes: Record<string, string | null>): CurrentState {
  return {
    cell: (_s, c) => (c in cells ? { value: cells[c].value, formula: cells[c].formula ?? null } : undefined),
    fill: (_s, c) => fills[c],
    note: (_s, c) => notes[c],
  };
}

describe('planUndo', () => {
  it('puts back cells holding what was written, and lists the one typed over', () => {
    const plan = planUndo(record(), state({ I9: { value: 0.2335 }, I12: { value: 0.15 }, G5: { value: '优' } }, { I17: 'FFEB9C', I28: 'FFEB9C' }, { I28: '绩效自评助手：\n得分低于分值' }));
    expect(plan.cells.map((c) => c.cell)).toEqual(['I9', 'G5']);
    expect(plan.kept).toEqual([{ sheet: S, cell: 'I12', wrote: 0.143, now: 0.15, formula: null }]);
    expect(plan.fills.map((f) => f.cell)).toEqual(['I17', 'I28']);
    expect(plan.notes.map((n) => n.cell)).toEqual(['I28']);
  });

  it('a cell emptied since counts as changed; a fill or note changed since is left silently', () => {
    const plan = planUndo(record(), state({ I9: { value: null }, I12: { value: 0.143 }, G5: { value: '优' } }, { I17: 'FF0000', I28: 'FFEB9C' }, { I28: '已说明' }));
    expect(plan.kept.map((k) => [k.cell, k.now])).toEqual([['I9', null]]);
    expect(plan.fills.map((f) => f.cell)).toEqual(['I28']);
    expect(plan.notes).toEqual([]);
  });

  it('a sheet that is gone leaves its cells as kept, never restored into nothing', () => {
    const plan = planUndo(record(), state({}, {}, {}));
    expect(plan.cells).toEqual([]);
    expect(plan.kept.map((k) => k.cell)).toEqual(['I9', 'I12', 'G5']);
  });
});

describe('ledgerAfterUndo', () => {
  it('cells whose mark went back take their entry from before; a mark left in place keeps its entry', () => {
    const r = record();
    const now = [
      { sheet: S, cell: 'I17', originalFill: 'FFFF00', originalNote: null },
      { sheet: S, cell: 'I28', originalFill: null, originalNote: null },
    ];
    // I17's mark was repainted by a person (not undone); I28's went back; D8 was marked before the recalculation.
    const plan = planUndo(r, state({ I9: { value: 0.2335 }, I12: { value: 0.143 }, G5: { value: '优' } }, { I17: 'FF0000', I28: 'FFEB9C' }, { I28: '绩效自评助手：\n得分低于分值' }));
    expect(ledgerAfterUndo(now, r, plan)).toEqual([now[0]]);
    // Had D8's mark been removed by the recalculation and put back, D8 would return to the ledger.
    const withD8 = { ...r, fills: [...r.fills, { sheet: S, cell: 'D8', before: 'FFC7CE', after: null }] };
    const plan2 = planUndo(withD8, state({}, { I17: 'FFEB9C', I28: 'FFEB9C', D8: null }, {}));
    expect(ledgerAfterUndo(now, withD8, plan2)).toEqual([{ sheet: S, cell: 'D8', originalFill: null, originalNote: null }]);
  });
});

describe('sameCellValue and parseRecord', () => {
  it('numbers to a billionth, blank equals empty text, text exactly', () => {
    expect(sameValue(0.143, 0.14300000000000002)).toBe(true);
    expect(sameValue(0.143, 0.1431)).toBe(false);
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue('优', '优秀')).toBe(false);
  });

  it('reads a stored record back and refuses anything else', () => {
    expect(parseRecord(JSON.stringify(record()))).toEqual(record());
    expect(parseRecord('{"v":2}')).toBeNull();
    expect(parseRecord('not json')).toBeNull();
    expect(parseRecord(undefined)).toBeNull();
  });
});
