// One file read and checked, or the one zh-CN reason it cannot be (shared by check, recalc and summary's workers).
import { analyzeWorkbook, type Analysis, type EngineOptions } from '../core/engine';
import type { Grid } from '../core/grid';
import { isWorkbookError } from '../file/errors';
import { readWorkbook } from '../file/xlsx';
import { readInput, Unusable } from './files';

/** Reads and analyses one file; throws Unusable with the reason when it cannot be checked. */
export async function analyzeFile(file: string, options: EngineOptions): Promise<{ bytes: Uint8Array; grids: Grid[]; analysis: Analysis }> {
  const bytes = await readInput(file);
  let grids: Grid[];
  try {
    ({ grids } = await readWorkbook(bytes));
  } catch (error) {
    if (isWorkbookError(error)) throw new Unusable(`${file}：${error.reason}`);
    throw new Unusable(`${file}：无法读取工作簿（${String((error as Error)?.message ?? error).split('\n')[0]}）`);
  }
  let analysis: Analysis;
  try {
    analysis = analyzeWorkbook(grids, options);
  } catch (error) {
    throw new Unusable(`${file}：检查时出现内部错误（${String((error as Error)?.message ?? error).split('\n')[0]}），请把文件反馈给开发者`);
  }
  if (analysis.report.tables.length === 0) {
    throw new Unusable(`${file}：没有找到绩效自评表（部门整体或项目支出绩效自评表）`);
  }
  return { bytes, grids, analysis };
}
