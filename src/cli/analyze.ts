// One file read and checked, or the one zh-CN reason it cannot be (shared by check, recalc and summary's workers).
import * as path from 'node:path';
import type { ReportText } from '../core/claims';
import { analyzeWorkbook, type Analysis, type EngineOptions } from '../core/engine';
import type { Grid } from '../core/grid';
import { readDocument } from '../file/docx';
import { isWorkbookError } from '../file/errors';
import { readWorkbook } from '../file/xlsx';
import { firstLine, readInput, Unusable } from './input';

/** Reads a .docx 自评报告 (never written). */
export async function readReport(file: string): Promise<ReportText> {
  const bytes = await readInput(file, ' Word 文档');
  try {
    return await readDocument(bytes, path.basename(file));
  } catch (error) {
    if (isWorkbookError(error)) throw new Unusable(`${file}：${error.reason}`);
    throw new Unusable(`${file}：无法读取 Word 文档（${firstLine(error)}）`);
  }
}

const isDocx = (file: string) => /\.docx$/i.test(file);

/**
 * Reads and analyses one file; throws Unusable with the reason when it cannot be checked. A .docx is a report: its
 * tables are checked as tables and its text for its claims, so a report with no table is still checked. `report` is
 * the --report beside a workbook.
 */
export async function analyzeFile(file: string, options: EngineOptions, report?: ReportText): Promise<{ bytes: Uint8Array; grids: Grid[]; analysis: Analysis }> {
  let bytes: Uint8Array;
  let grids: Grid[];
  if (isDocx(file)) {
    report = await readReport(file);
    bytes = new Uint8Array();
    grids = report.tables;
  } else {
    bytes = await readInput(file);
    try {
      ({ grids } = await readWorkbook(bytes));
    } catch (error) {
      if (isWorkbookError(error)) throw new Unusable(`${file}：${error.reason}`);
      throw new Unusable(`${file}：无法读取工作簿（${firstLine(error)}）`);
    }
  }
  let analysis: Analysis;
  try {
    analysis = analyzeWorkbook(grids, report ? { ...options, report: { text: report } } : options);
  } catch (error) {
    throw new Unusable(`${file}：检查时出现内部错误（${firstLine(error)}），请把文件反馈给开发者`);
  }
  if (analysis.report.tables.length === 0 && !isDocx(file)) {
    throw new Unusable(`${file}：没有找到绩效自评表（部门整体或项目支出绩效自评表）`);
  }
  return { bytes, grids, analysis };
}

