// Claims: the figures a 自评报告 states, read deterministically (no model, no network), and how they are compared
// with each other and with the table.
export * from './types';
export { extractClaims, type ReportClaims } from './extract';
export { inconsistencies, type Inconsistency } from './consistency';
export { counterparts, rollupFromTables, tableAmountUnit, type Mismatch, type TableFigure, type MatchInput } from './match';
export { aboutOf, measuredOf, measureOf, placeOf, quantityOf, sameFigure, stated, subjectOf, valueOf, writtenOf } from './compare';
