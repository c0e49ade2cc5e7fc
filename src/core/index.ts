// The engine's public surface: everything the doors (Excel, file, CLI) may use.
export * from './grid';
export * from './report';
export * from './profile';
export * from './marks';
export * from './sheets';
export { mayHoldTables, TABLE_MARKS } from './absence';
export { formatNumber, formatPercent } from './text';
export { analyzeWorkbook, applyWrites, type Analysis, type EngineOptions, type IgnoreEntry } from './engine';
export { summarizeChecked, type FileFinding, type SummaryReport, type SummaryRow, type SummaryTotals } from './rollup';
export * from './locale';
export { findingValue, formatCell, ruleName, WORDING, type SeverityCounts, type Wording } from './present';
export { renderMessage } from './present/message';
export { isRuleId, RULES, ruleById, ruleDocs } from './rules';
