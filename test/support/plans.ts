// Hand-made WritePlans for door tests, with 校验结果 and 修改记录 sheets built by the core's own planners.
import { planChangeSheet, planReportSheet, type FormatOf } from '../../src/core/plan';
import type { CellWrite, Finding, WritePlan } from '../../src/core/report';

export function reportSheetOf(findings: Finding[] = []): WritePlan['reportSheet'] {
  return planReportSheet(findings, 'zh-CN');
}

/** `formatOf`: the cells' number formats, as the workbook under test has them. */
export function changeSheetOf(writes: CellWrite[] = [], formatOf?: FormatOf): WritePlan['changeSheet'] {
  return planChangeSheet(writes, [], [], 'zh-CN', undefined, formatOf);
}

/** A plan of these writes and marks, its sheets listing `findings` and the writes. */
export function planOf(parts: { writes?: CellWrite[]; marks?: WritePlan['marks']; findings?: Finding[] }): WritePlan {
  const writes = parts.writes ?? [];
  return { writes, marks: parts.marks ?? [], reportSheet: reportSheetOf(parts.findings), changeSheet: changeSheetOf(writes) };
}
