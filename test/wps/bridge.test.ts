// The WPS bridge is synchronous and every property crosses it: a recalculation must cost calls per sheet and per
// table region, not per cell. Counted on the fake (test/fakes/wps.ts counts every property and method).
import { callsPerRecalc, largeSeed002Workbook } from './helpers';

describe('calls across the WPS bridge per recalculation', () => {
  it('grow with regions, not cells: seed 002 with 5,000 rows costs at most 3 times the 50-row table', async () => {
    const small = await callsPerRecalc(largeSeed002Workbook(50));
    const large = await callsPerRecalc(largeSeed002Workbook(5000));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(3 * small);
  });
});
