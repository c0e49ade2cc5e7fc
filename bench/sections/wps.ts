// Calls across the WPS bridge per recalculation (contract: wpsBridgeCallsPerRecalc50, wpsBridgeCallsPerRecalc5000):
// the WPS host over the fake ET object model (test/fakes/wps.ts counts every property read, write and method call),
// with the real engine, on seed 002's table grown to 50 and 5,000 rows. The pane has read the workbook once, as it
// does when it opens; then one recalculation is counted. Also the worst case for number formats (every other row's
// rate formatted differently, so NumberFormat cannot be read for whole columns).
import { callsPerRecalc, largeSeed002Workbook } from '../../test/wps/helpers';

export async function run(): Promise<Record<string, number>> {
  const small = await callsPerRecalc(largeSeed002Workbook(50));
  const large = await callsPerRecalc(largeSeed002Workbook(5000));
  const mixed = await callsPerRecalc(largeSeed002Workbook(5000, { mixedFormats: true }));
  return {
    wpsBridgeCallsPerRecalc50: small,
    wpsBridgeCallsPerRecalc5000: large,
    wpsBridgeCallsPerRecalc5000MixedFormats: mixed,
  };
}
