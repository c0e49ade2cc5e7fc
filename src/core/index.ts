// The engine's public surface: everything the doors (Excel, file, CLI) may use.
export * from './grid';
export * from './report';
export * from './profile';
export * from './marks';
export { showFindingValue } from './plan';
export { formatNumber } from './text';
export { analyzeWorkbook, applyWrites, type Analysis, type EngineOptions, type IgnoreEntry, type Locale } from './engine';
